package io.github.ratecard.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.ratecard.access.AccessPolicy;
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The checks every Ratecard admin page makes before it shows anything: signed in (else to
 * the login page and back), a Jira administrator (else 403), and a secure administrator
 * session (else Jira asks for the password again).
 */
public class PageGuard {

    private final AccessPolicy accessPolicy;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;

    public PageGuard(AccessPolicy accessPolicy, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        this.accessPolicy = accessPolicy;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
    }

    /** True when the page may be shown; otherwise the response has already been answered. */
    public boolean admitAdmin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return admit(request, response, accessPolicy.currentUserIsAdmin());
    }

    /** As {@link #admitAdmin}, for the rate card pages: users with the Ratecard finance permission. */
    public boolean admitFinance(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return admit(request, response, accessPolicy.currentUserIsFinance());
    }

    private boolean admit(HttpServletRequest request, HttpServletResponse response, boolean permitted) throws IOException {
        if (accessPolicy.currentViewer().isEmpty()) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return false;
        }
        if (!permitted) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
