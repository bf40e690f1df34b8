package io.github.ratecard.sandbox;

import io.github.ratecard.sandbox.model.SbUser;
import java.io.IOException;
import java.util.Locale;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/** Signs the request in as the demo user chosen on the home page, in the chosen language. */
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
        String userKey = cookie(http, USER_COOKIE);
        SbUser user = userKey == null ? null : store.user(userKey).orElse(null);
        Locale locale = "de".equals(cookie(http, LANGUAGE_COOKIE)) ? Locale.GERMAN : Locale.ENGLISH;
        SandboxSession.begin(user, locale);
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
