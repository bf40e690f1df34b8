package io.github.ratecard.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's XSRF rule for REST resources, as the sandbox plays it. A POST that a page on another site
 * could send (no content type, or one an HTML form can send: {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain}) is refused with 403 "XSRF check failed" unless it
 * carries {@code X-Atlassian-Token: no-check}, which only a script of the site itself can add; so is a
 * POST whose {@code Origin} is another site. Like Jira, the sandbox does not refuse PUT, PATCH and
 * DELETE on this ground: a browser sends them to another site only after a CORS pre-flight that
 * Jira does not grant.
 */
final class XsrfFilter implements Filter {

    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("POST".equals(http.getMethod()) && !passes(http)) {
            HttpServletResponse refusal = (HttpServletResponse) response;
            refusal.setStatus(HttpServletResponse.SC_FORBIDDEN);
            refusal.setContentType("application/json;charset=UTF-8");
            refusal.getWriter().write("{\"message\":\"XSRF check failed\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean passes(HttpServletRequest request) {
        if (isCrossSite(request)) {
            return false;
        }
        boolean notAForm = request.getContentType() != null && !FORM_TYPES.contains(mediaType(request.getContentType()));
        boolean scriptOfThisSite = "no-check".equalsIgnoreCase(request.getHeader("X-Atlassian-Token"));
        return notAForm || scriptOfThisSite;
    }

    /** A browser names the page's site in {@code Origin}; a script outside a browser sends none. */
    private static boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI page = new URI(origin);
            return !(request.getScheme().equalsIgnoreCase(page.getScheme()) && request.getServerName().equalsIgnoreCase(page.getHost())
                    && request.getServerPort() == port(page));
        } catch (URISyntaxException e) {
            return true;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
