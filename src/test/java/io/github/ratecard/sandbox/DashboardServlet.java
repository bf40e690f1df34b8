package io.github.ratecard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.web.WebResources;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's dashboard, in small: {@code /sandbox/dashboard} loads the web resources of context
 * {@code atl.dashboard} and the page script that plays Jira's dashboard (sandbox/static/dashboard.js),
 * which instantiates each added item's AMD module as Jira does ({@code new Module(API, options)}, then
 * {@code render} or {@code renderEdit}). {@code /sandbox/dashboard/items} keeps each user's items and
 * their preferences in memory, per item instance; string preferences are answered HTML-encoded, as Jira answers them.
 */
final class DashboardServlet extends HttpServlet {

    static final String PAGE = "/sandbox/dashboard";
    static final String ITEMS = PAGE + "/items";
    private static final Pattern ITEM = Pattern.compile(Pattern.quote(ITEMS) + "/(\\d+)(/preferences)?");
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PageShell shell;
    private final transient SandboxSession session;
    private final transient Map<String, Map<Long, Placed>> dashboards = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** An item on a user's dashboard: which module, and the preferences its form saved (keys and ids, as the gadget chose). */
    private record Placed(long id, DashboardItems.Item item, Map<String, String> preferences) {
    }

    DashboardServlet(PageShell shell, SandboxSession session) {
        this.shell = shell;
        this.session = session;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (PAGE.equals(request.getRequestURI())) {
            page(response);
        } else if (ITEMS.equals(request.getRequestURI())) {
            ArrayNode items = JSON.createArrayNode();
            dashboard().values().forEach(placed -> items.add(document(placed)));
            json(response, HttpServletResponse.SC_OK, items);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Adds an item {@code {"key": "ratecard-gadget-budget-burn"}} to the user's dashboard, without preferences. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ITEMS.equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = JSON.readTree(request.getInputStream()).path("key").asText();
        DashboardItems.Item item = DashboardItems.items().stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
        if (item == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "No dashboard item " + key);
            return;
        }
        Placed placed = new Placed(ids.incrementAndGet(), item, new LinkedHashMap<>());
        dashboard().put(placed.id(), placed);
        json(response, HttpServletResponse.SC_CREATED, document(placed));
    }

    /** Replaces an item's preferences with a flat object of strings (what Jira's API keeps). */
    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = ITEM.matcher(request.getRequestURI());
        Placed placed = path.matches() && path.group(2) != null ? dashboard().get(Long.parseLong(path.group(1))) : null;
        if (placed == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonNode body = JSON.readTree(request.getInputStream());
        placed.preferences().clear();
        body.fields().forEachRemaining(field -> placed.preferences().put(field.getKey(), field.getValue().asText()));
        json(response, HttpServletResponse.SC_OK, document(placed));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = ITEM.matcher(request.getRequestURI());
        if (!path.matches() || path.group(2) != null || dashboard().remove(Long.parseLong(path.group(1))) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private Map<Long, Placed> dashboard() {
        String owner = session.currentViewer().map(Viewer::userKey).orElse("");
        return dashboards.computeIfAbsent(owner, o -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
    }

    private ObjectNode document(Placed placed) {
        ExportWords words = ExportWords.of(SandboxSession.locale());
        ObjectNode item = JSON.createObjectNode().put("id", placed.id()).put("key", placed.item().key())
                .put("amdModule", placed.item().amdModule()).put("title", words.text(placed.item().titleKey()))
                .put("configurable", placed.item().configurable());
        ObjectNode preferences = item.putObject("preferences");
        placed.preferences().forEach((name, value) -> preferences.put(name, Html.escape(value)));
        return item;
    }

    private void page(HttpServletResponse response) throws IOException {
        List<String> resources = DashboardItems.contextResources(WebResources.PLUGIN_KEY);
        resources.forEach(r -> SandboxSession.requiredResources().add(r));
        ExportWords words = ExportWords.of(SandboxSession.locale());
        StringBuilder options = new StringBuilder();
        for (DashboardItems.Item item : DashboardItems.items()) {
            options.append("<option value=\"").append(Html.escape(item.key())).append("\">").append(Html.escape(words.text(item.titleKey())))
                    .append("</option>");
        }
        String body = "<h1>Dashboard</h1>"
                + "<p class=\"sb-lead\">Jira's dashboard, in small: the web resources of context <code>atl.dashboard</code> are loaded and"
                + " each gadget's AMD module is instantiated as Jira does. Your gadgets and their settings are kept while the sandbox runs.</p>"
                + "<form id=\"sb-dashboard-add\" class=\"aui\"><label for=\"sb-dashboard-directory\">Add a gadget</label> "
                + "<select id=\"sb-dashboard-directory\" class=\"select\">" + options + "</select> "
                + "<button class=\"aui-button\" type=\"submit\" id=\"sb-dashboard-add-button\">Add gadget</button></form>"
                + "<div id=\"sb-dashboard\" class=\"sb-dashboard\" data-items-url=\"" + ITEMS + "\"></div>"
                + "<script src=\"/sandbox/static/amd.js\"></script>"
                + "<script src=\"/sandbox/static/dashboard.js\" defer></script>";
        response.setContentType("text/html;charset=UTF-8");
        shell.render("Dashboard", body, PAGE, response.getWriter());
    }

    private static void json(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}
