package io.github.ratecard.sandbox;

import io.github.ratecard.access.Viewer;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /sandbox/websudo}: the sandbox's stand-in for Jira's "Administrator access" prompt. The
 * signed-in user confirms their password (in the sandbox, a demo user's password is their user
 * name) and goes back to the page that asked.
 */
final class WebSudoServlet extends HttpServlet {

    static final String TEMPLATE = "sandbox/templates/websudo.vm";
    private static final long serialVersionUID = 1L;

    private final transient SandboxWebSudo webSudo;
    private final transient SandboxSession session;
    private final transient VelocityTemplateRenderer renderer;
    private final transient PageShell shell;

    WebSudoServlet(SandboxWebSudo webSudo, SandboxSession session, VelocityTemplateRenderer renderer, PageShell shell) {
        this.webSudo = webSudo;
        this.session = session;
        this.renderer = renderer;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        prompt(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = session.currentViewer().map(Viewer::userKey);
        if (user.isEmpty() || !user.get().equals(request.getParameter("password"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            prompt(request, response, user.isPresent());
            return;
        }
        Cookie cookie = new Cookie(SandboxWebSudo.COOKIE, webSudo.open(user.get()));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        response.sendRedirect(returnTo(request));
    }

    private void prompt(HttpServletRequest request, HttpServletResponse response, boolean wrongPassword) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("returnTo", returnTo(request));
        context.put("user", session.currentViewer().map(Viewer::displayName).orElse(""));
        context.put("wrongPassword", wrongPassword);
        StringWriter body = new StringWriter();
        renderer.render(TEMPLATE, context, body);
        response.setContentType("text/html;charset=UTF-8");
        shell.render("Administrator access", body.toString(), request.getRequestURI(), response.getWriter());
    }

    private static String returnTo(HttpServletRequest request) {
        return LoginServlet.safeReturnPath(request.getParameter("returnTo"));
    }
}
