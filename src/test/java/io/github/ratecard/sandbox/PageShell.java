package io.github.ratecard.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletResponse;

/**
 * The Jira-like frame around every sandbox page: header (with the app's top-bar menus from its descriptor), user
 * switcher, the page, its web resources.
 */
final class PageShell {

    static final String TEMPLATE = "sandbox/templates/shell.vm";

    private final VelocityTemplateRenderer renderer;
    private final SandboxStore store;
    private final SandboxSession session;
    private final AuiAssets aui;
    private final I18nResolver i18n;
    private final List<DescriptorMenus.Menu> menus = DescriptorMenus.read();

    PageShell(VelocityTemplateRenderer renderer, SandboxStore store, SandboxSession session, AuiAssets aui, I18nResolver i18n) {
        this.renderer = renderer;
        this.store = store;
        this.session = session;
        this.aui = aui;
        this.i18n = i18n;
    }

    void render(String title, String bodyHtml, String currentPath, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("title", title);
        context.put("bodyHtml", bodyHtml);
        context.put("returnTo", currentPath);
        context.put("viewer", session.currentViewer().map(Viewer::displayName).orElse(""));
        context.put("viewerKey", session.currentViewer().map(Viewer::userKey).orElse(""));
        context.put("users", store.users().stream()
                .map(u -> Map.of("key", u.getUserKey(), "label", u.getDisplayName() + " (" + u.getDemoRole() + ")"))
                .collect(Collectors.toList()));
        boolean signedIn = session.currentViewer().isPresent();
        context.put("menus", menus.stream().filter(menu -> signedIn || !menu.link().signedInOnly()).map(menu -> {
            List<Map<String, String>> items = menu.items().stream().filter(item -> signedIn || !item.signedInOnly()).map(this::link)
                    .collect(Collectors.toList());
            return Map.<String, Object>of("link", link(menu.link()), "items", items, "hasItems", !items.isEmpty());
        }).collect(Collectors.toList()));
        context.put("german", SandboxSession.locale().getLanguage().equals("de"));
        List<String> resources = SandboxSession.requiredResources();
        context.put("auiStylesheets", aui.stylesheets());
        context.put("auiScripts", aui.scripts());
        context.put("stylesheets", resources.stream().flatMap(r -> WebResourceServlet.files(r).stream())
                .filter(f -> f.endsWith(".css")).collect(Collectors.toList()));
        context.put("scripts", resources.stream().flatMap(r -> WebResourceServlet.files(r).stream())
                .filter(f -> f.endsWith(".js")).collect(Collectors.toList()));
        renderer.render(TEMPLATE, context, out);
    }

    private Map<String, String> link(DescriptorMenus.Link link) {
        return Map.of("id", Html.escape(link.id()), "label", Html.escape(i18n.getText(link.labelKey())), "href", Html.escape(link.href()));
    }

    /** Jira's own "does not exist" page, in small: 404 inside the frame, one sentence and a way back. */
    void notFound(String title, String sentence, String currentPath, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        String body = "<div id=\"sb-not-found\" data-status=\"404\">"
                + "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\"><h1>"
                + Html.escape(title) + "</h1></div></div></header>"
                + "<div class=\"aui-message aui-message-info\"><p>" + Html.escape(sentence) + "</p></div>"
                + "<p><a class=\"aui-button\" id=\"sb-back\" href=\"/\">Back to the projects</a></p></div>";
        render(title, body, currentPath, response.getWriter());
    }
}
