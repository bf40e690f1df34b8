package io.github.ratecard.web;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;

public class PageGuardTest {

    private final AccessPolicy accessPolicy = mock(AccessPolicy.class);
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final WebSudoManager webSudoManager = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageGuard target = new PageGuard(accessPolicy, loginUriProvider, webSudoManager,
            new ErrorPage(renderer, mock(I18nResolver.class)));

    @Before
    public void setUp() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/plugins/servlet/ratecard/admin"));
        when(request.getQueryString()).thenReturn("tab=1");
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    public void anonymousVisitor_shouldBeSentToTheLoginPageWithAWayBack() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.empty());
        when(loginUriProvider.getLoginUri(URI.create("https://jira.example.com/plugins/servlet/ratecard/admin?tab=1")))
                .thenReturn(URI.create("/login.jsp?os_destination=x"));

        assertFalse(target.admitAdmin(request, response));
        verify(response).sendRedirect("/login.jsp?os_destination=x");
    }

    @Test
    public void signedInNonAdmin_shouldGet403() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("agent01", "Ana")));
        when(accessPolicy.currentUserIsAdmin()).thenReturn(false);

        assertFalse(target.admitAdmin(request, response));
        assertRefusedInsideJirasFrame();
        verify(webSudoManager, never()).willExecuteWebSudoRequest(request);
    }

    @Test
    public void adminWithoutSecureSession_shouldBeAskedForThePasswordAgain() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("admin", "Ada")));
        when(accessPolicy.currentUserIsAdmin()).thenReturn(true);
        doThrow(mock(WebSudoSessionException.class)).when(webSudoManager).willExecuteWebSudoRequest(request);

        assertFalse(target.admitAdmin(request, response));
        verify(webSudoManager).enforceWebSudoProtection(request, response);
    }

    @Test
    public void adminWithSecureSession_shouldBeAdmitted() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("admin", "Ada")));
        when(accessPolicy.currentUserIsAdmin()).thenReturn(true);

        assertTrue(target.admitAdmin(request, response));
        verify(response, never()).sendError(anyInt());
        verify(response, never()).setStatus(anyInt());
    }

    @Test
    public void financeUserWhoIsNoAdmin_shouldBeAdmittedWithoutASecureAdministratorSession() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("fiona", "Fiona")));
        when(accessPolicy.currentUserIsFinance()).thenReturn(true);

        assertTrue(target.admitFinance(request, response));
        verify(webSudoManager, never()).willExecuteWebSudoRequest(request);
    }

    @Test
    public void financeUserWhoIsAnAdmin_shouldNeedASecureAdministratorSession() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("ada", "Ada")));
        when(accessPolicy.currentUserIsFinance()).thenReturn(true);
        when(accessPolicy.currentUserIsAdmin()).thenReturn(true);
        doThrow(mock(WebSudoSessionException.class)).when(webSudoManager).willExecuteWebSudoRequest(request);

        assertFalse(target.admitFinance(request, response));
        verify(webSudoManager).enforceWebSudoProtection(request, response);
    }

    @Test
    public void adminWhoIsNoFinanceUser_shouldBeAdmittedToTheLedgerPage() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("admin", "Ada")));
        when(accessPolicy.currentUserIsAdmin()).thenReturn(true);

        assertTrue(target.admitFinanceOrAdmin(request, response));
        verify(webSudoManager).willExecuteWebSudoRequest(request);
    }

    @Test
    public void agent_shouldGet403FromTheLedgerPage() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("agent01", "Ana")));

        assertFalse(target.admitFinanceOrAdmin(request, response));
        assertRefusedInsideJirasFrame();
    }

    @Test
    public void agent_shouldGet403FromTheRateCardPages() throws Exception {
        when(accessPolicy.currentViewer()).thenReturn(Optional.of(new Viewer("agent01", "Ana")));

        assertFalse(target.admitFinance(request, response));
        assertRefusedInsideJirasFrame();
    }

    @Test
    public void oddQueryString_shouldStillSendAnonymousVisitorsToTheLoginPage() throws Exception {
        when(request.getQueryString()).thenReturn("q=a|b");
        when(accessPolicy.currentViewer()).thenReturn(Optional.empty());
        when(loginUriProvider.getLoginUri(URI.create("https://jira.example.com/plugins/servlet/ratecard/admin")))
                .thenReturn(URI.create("/login.jsp"));

        assertFalse(target.admitAdmin(request, response));
        verify(response).sendRedirect("/login.jsp");
    }

    @Test
    public void unknownPage_shouldBeAFramed404WithAWayBack() throws Exception {
        target.notFound(request, response);

        verify(response).setStatus(HttpServletResponse.SC_NOT_FOUND);
        verify(response, never()).sendError(anyInt());
        verify(renderer).render(eq(ErrorPage.TEMPLATE), argThat((Map<String, Object> context) ->
                Boolean.FALSE.equals(context.get("forbidden")) && "/jira/".equals(context.get("homeUrl"))), any());
    }

    /** A 403 drawn by the app's error page (decorated by Jira), not the container's bare error page. */
    private void assertRefusedInsideJirasFrame() throws Exception {
        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(response, never()).sendError(anyInt());
        verify(renderer).render(eq(ErrorPage.TEMPLATE), argThat((Map<String, Object> context) ->
                Boolean.TRUE.equals(context.get("forbidden")) && "/jira/".equals(context.get("homeUrl"))), any());
    }
}
