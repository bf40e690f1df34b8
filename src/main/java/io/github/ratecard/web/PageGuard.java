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
 * session (else Jira asks for the password again). A refusal is a page inside Jira's frame.
 */
public class PageGuard {

    private final AccessPolicy accessPolicy;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;
    private final ErrorPage errorPage;

    public PageGuard(AccessPolicy accessPolicy, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager, ErrorPage errorPage) {
        this.accessPolicy = accessPolicy;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.errorPage = errorPage;
    }

    /** Answers a page the signed-in user may not see: 403, framed, with a way back. */
    public void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errorPage.forbidden(request, response);
    }

    /** Answers a page that does not exist (an unknown project, account or path): 404, framed, with a way back. */
    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errorPage.notFound(request, response);
    }

    /** True when the page may be shown; otherwise the response has already been answered. */
    public boolean admitAdmin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return admit(request, response, accessPolicy.currentUserIsAdmin());
    }

    /**
     * As {@link #admitAdmin}, for the rate card pages: users with the Ratecard finance permission.
     * Only administrators are asked for a secure administrator session; finance users who are
     * not administrators have none to give.
     */
    public boolean admitFinance(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!accessPolicy.currentUserIsAdmin()) {
            return admitWithoutWebSudo(request, response, accessPolicy.currentUserIsFinance());
        }
        return admit(request, response, accessPolicy.currentUserIsFinance());
    }

    /** As {@link #admitFinance}, for pages both finance and Jira administrators use (the ledger and its jobs). */
    public boolean admitFinanceOrAdmin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!accessPolicy.currentUserIsAdmin()) {
            return admitWithoutWebSudo(request, response, accessPolicy.currentUserIsFinance());
        }
        return admit(request, response, true);
    }

    /** For pages that decide access themselves (the Budget page): signed in, else to the login page and back. */
    public boolean admitSignedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return admitWithoutWebSudo(request, response, true);
    }

    private boolean admitWithoutWebSudo(HttpServletRequest request, HttpServletResponse response, boolean permitted) throws IOException {
        if (accessPolicy.currentViewer().isEmpty()) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return false;
        }
        if (!permitted) {
            refuse(request, response);
            return false;
        }
        return true;
    }

    private boolean admit(HttpServletRequest request, HttpServletResponse response, boolean permitted) throws IOException {
        if (accessPolicy.currentViewer().isEmpty()) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return false;
        }
        if (!permitted) {
            refuse(request, response);
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

    /** Where to come back to after signing in; the page without its query when the query is not a valid URI part. */
    private static URI requestUri(HttpServletRequest request) {
        String page = request.getRequestURL().toString();
        if (request.getQueryString() != null) {
            try {
                return URI.create(page + "?" + request.getQueryString());
            } catch (IllegalArgumentException e) {
                return URI.create(page);
            }
        }
        return URI.create(page);
    }
}
