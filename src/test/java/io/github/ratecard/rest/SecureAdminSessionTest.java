package io.github.ratecard.rest;

import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.ratecard.access.AccessPolicy;
import javax.servlet.http.HttpServletRequest;
import org.junit.Test;

public class SecureAdminSessionTest {

    private final AccessPolicy access = mock(AccessPolicy.class);
    private final WebSudoManager webSudoManager = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final SecureAdminSession target = new SecureAdminSession(access, webSudoManager);

    @Test
    public void administratorWithoutSecureSession_shouldBeRefused() {
        when(access.currentUserIsAdmin()).thenReturn(true);
        doThrow(mock(WebSudoSessionException.class)).when(webSudoManager).willExecuteWebSudoRequest(request);

        assertThrows(SecureSessionRequiredException.class, () -> target.require(request));
    }

    @Test
    public void administratorInASecureSession_shouldGoAhead() {
        when(access.currentUserIsAdmin()).thenReturn(true);

        target.require(request);

        verify(webSudoManager).willExecuteWebSudoRequest(request);
    }

    @Test
    public void userWhoIsNoAdministrator_shouldNotBeAsked() {
        when(access.currentUserIsAdmin()).thenReturn(false);

        target.require(request);

        verify(webSudoManager, never()).willExecuteWebSudoRequest(request);
    }

    @Test
    public void scriptSignedInWithBasicAuthentication_shouldNotBeAskedAsJiraRestDoes() {
        when(access.currentUserIsAdmin()).thenReturn(true);
        when(request.getHeader("Authorization")).thenReturn("Basic YWRtaW46YWRtaW4=");

        target.require(request);

        verify(webSudoManager, never()).willExecuteWebSudoRequest(request);
    }

    @Test
    public void scriptSignedInWithAPersonalAccessToken_shouldNotBeAsked() {
        when(access.currentUserIsAdmin()).thenReturn(true);
        when(request.getHeader("Authorization")).thenReturn("Bearer NjQ4ODk2");

        target.require(request);

        verify(webSudoManager, never()).willExecuteWebSudoRequest(request);
    }
}
