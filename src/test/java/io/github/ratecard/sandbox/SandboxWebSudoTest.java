package io.github.ratecard.sandbox;

import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.ratecard.sandbox.model.SbUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import org.junit.After;
import org.junit.Test;

public class SandboxWebSudoTest {

    private static final Instant OPENED = Instant.parse("2026-12-05T09:00:00Z");

    private final Clock clock = mock(Clock.class);
    private final SandboxSession session = new SandboxSession(projectId -> null);
    private final SandboxWebSudo target = new SandboxWebSudo(session, clock, true);

    @After
    public void signOut() {
        SandboxSession.end();
    }

    @Test
    public void sessionOpenedByTheUser_shouldStaySecureWhileUsedWithinTenMinutes() {
        String token = openAt(OPENED, "admin");
        signIn("admin");

        target.willExecuteWebSudoRequest(requestAt(OPENED.plus(Duration.ofMinutes(9)), token));
        target.willExecuteWebSudoRequest(requestAt(OPENED.plus(Duration.ofMinutes(18)), token));
    }

    @Test
    public void sessionUnusedForTenMinutes_shouldNoLongerBeSecure() {
        String token = openAt(OPENED, "admin");
        signIn("admin");

        assertThrows(WebSudoSessionException.class, () -> target.willExecuteWebSudoRequest(requestAt(OPENED.plus(Duration.ofMinutes(10)), token)));
    }

    @Test
    public void sessionOfAnotherUser_shouldNotBeSecure() {
        String token = openAt(OPENED, "finance");
        signIn("admin");

        assertThrows(WebSudoSessionException.class, () -> target.willExecuteWebSudoRequest(requestAt(OPENED, token)));
    }

    @Test
    public void requestWithoutSession_shouldNotBeSecure() {
        signIn("admin");

        assertThrows(WebSudoSessionException.class, () -> target.willExecuteWebSudoRequest(requestAt(OPENED, null)));
    }

    @Test
    public void sandboxStartedWithoutSecureSessions_shouldLetEveryRequestGoAhead() {
        signIn("admin");

        new SandboxWebSudo(session, clock, false).willExecuteWebSudoRequest(requestAt(OPENED, null));
    }

    private String openAt(Instant instant, String userKey) {
        when(clock.instant()).thenReturn(instant);
        return target.open(userKey);
    }

    private HttpServletRequest requestAt(Instant instant, String token) {
        when(clock.instant()).thenReturn(instant);
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getCookies()).thenReturn(token == null ? null : new Cookie[] {new Cookie(SandboxWebSudo.COOKIE, token)});
        return request;
    }

    private static void signIn(String userKey) {
        SbUser user = mock(SbUser.class);
        when(user.getUserKey()).thenReturn(userKey);
        when(user.getDisplayName()).thenReturn(userKey);
        when(user.getDemoRole()).thenReturn(userKey);
        SandboxSession.begin(user, Locale.ENGLISH);
    }
}
