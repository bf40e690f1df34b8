package io.github.ratecard.sandbox;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code POST /sandbox/login}: act as another demo user (or nobody), in English or German. */
final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxStore store;

    LoginServlet(SandboxStore store) {
        this.store = store;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        if (user != null) {
            boolean known = !user.isEmpty() && store.user(user).isPresent();
            response.addCookie(cookie(SandboxRequestFilter.USER_COOKIE, known ? user : "", known ? -1 : 0));
        }
        String language = request.getParameter("lang");
        if ("de".equals(language) || "en".equals(language)) {
            response.addCookie(cookie(SandboxRequestFilter.LANGUAGE_COOKIE, language, -1));
        }
        response.sendRedirect(safeReturnPath(request.getParameter("returnTo")));
    }

    /** Only paths on this server: never an absolute or protocol-relative URL. */
    static String safeReturnPath(String returnTo) {
        return returnTo != null && returnTo.matches("/(?![/\\\\])[A-Za-z0-9/_.?=&%-]*") ? returnTo : "/";
    }

    private static Cookie cookie(String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
