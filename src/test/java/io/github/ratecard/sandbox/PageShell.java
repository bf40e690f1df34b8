package io.github.ratecard.sandbox;

import io.github.ratecard.access.Viewer;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletResponse;

/** The Jira-like frame around every sandbox page: header, user switcher, the page, its web resources. */
final class PageShell {

    static final String TEMPLATE = "sandbox/templates/shell.vm";

    private final VelocityTemplateRenderer renderer;
    private final SandboxStore store;
    private final SandboxSession session;
    private final AuiAssets aui;

    PageShell(VelocityTemplateRenderer renderer, SandboxStore store, SandboxSession session, AuiAssets aui) {
        this.renderer = renderer;
        this.store = store;
        this.session = session;
        this.aui = aui;
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
