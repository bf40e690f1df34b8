package io.github.ratecard.sandbox;

import io.github.ratecard.sandbox.model.SbUser;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Signs the request in as the demo user chosen on the home page, in the chosen language; a
 * request with an {@code Authorization} header (a script's) as the user it names
 * ({@link SandboxCredentials}), or answers 401 as Jira does to credentials it does not accept.
 */
final class SandboxRequestFilter implements Filter {

    static final String USER_COOKIE = "ratecard.sandbox.user";
    static final String LANGUAGE_COOKIE = "ratecard.sandbox.lang";

    private final SandboxStore store;

    SandboxRequestFilter(SandboxStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Locale locale = "de".equals(cookie(http, LANGUAGE_COOKIE)) ? Locale.GERMAN : Locale.ENGLISH;
        String authorization = http.getHeader("Authorization");
        if (authorization != null) {
            Optional<SandboxCredentials> credentials = SandboxCredentials.parse(authorization);
            Optional<SbUser> user = credentials.flatMap(c -> store.user(c.userKey()));
            if (user.isEmpty()) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown credentials");
                return;
            }
            SandboxSession.begin(user.get(), locale, credentials.get().financeGranted());
        } else {
            String userKey = cookie(http, USER_COOKIE);
            SandboxSession.begin(userKey == null ? null : store.user(userKey).orElse(null), locale);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SandboxSession.end();
        }
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
