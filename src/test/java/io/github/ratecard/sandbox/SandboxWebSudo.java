package io.github.ratecard.sandbox;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's secure administrator sessions (WebSudo), as the sandbox plays them: a request is secure
 * when its cookie names a session that its signed-in user opened by confirming their password on
 * {@code /sandbox/websudo}, used within the last 10 minutes (Jira's default); each secure request
 * keeps it alive. Otherwise the admin page sends the browser to that prompt and back. Off (every
 * request is secure) when the sandbox starts with {@code ratecard.sandbox.websudo=false}, as on a
 * test site with {@code jira.websudo.is.disabled}.
 */
final class SandboxWebSudo implements WebSudoManager {

    static final String COOKIE = "ratecard.sandbox.websudo";
    static final String PROMPT = "/sandbox/websudo";
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final AccessPolicy session;
    private final Clock clock;
    private final boolean enabled;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String userKey, Instant lastUse) {
    }

    SandboxWebSudo(AccessPolicy session, Clock clock, boolean enabled) {
        this.session = session;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!isSecure(request)) {
            throw new WebSudoSessionException();
        }
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(PROMPT + "?returnTo=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a secure session for the user: the value of the cookie that carries it. */
    String open(String userKey) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(userKey, clock.instant()));
        return token;
    }

    private boolean isSecure(HttpServletRequest request) {
        if (!enabled) {
            return true;
        }
        Optional<String> user = session.currentViewer().map(Viewer::userKey);
        String token = cookie(request);
        Grant grant = token == null ? null : grants.get(token);
        Instant now = clock.instant();
        if (grant == null || user.isEmpty() || !grant.userKey().equals(user.get()) || !now.isBefore(grant.lastUse().plus(TIMEOUT))) {
            return false;
        }
        grants.put(token, new Grant(grant.userKey(), now));
        return true;
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
