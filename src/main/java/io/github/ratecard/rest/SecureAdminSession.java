package io.github.ratecard.rest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.ratecard.access.AccessPolicy;
import javax.servlet.http.HttpServletRequest;

/**
 * The REST side of the admin pages' secure administrator session (Jira's WebSudo): a Jira
 * administrator calling the API behind an admin page must have confirmed their password recently,
 * as the page itself asks ({@link io.github.ratecard.web.PageGuard}); other users have no such
 * session to give and are not asked. As Jira's REST module does for its own WebSudo-protected
 * resources, a request that carries its own credentials (basic authentication or a personal access
 * token: a script, with no browser session) is not asked either.
 */
public class SecureAdminSession {

    private final AccessPolicy access;
    private final WebSudoManager webSudoManager;

    public SecureAdminSession(AccessPolicy access, WebSudoManager webSudoManager) {
        this.access = access;
        this.webSudoManager = webSudoManager;
    }

    /** Call after the permission check: throws {@link SecureSessionRequiredException} (401) when an administrator's session is not secure. */
    public void require(HttpServletRequest request) {
        if (!access.currentUserIsAdmin() || carriesOwnCredentials(request)) {
            return;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            throw new SecureSessionRequiredException();
        }
    }

    private static boolean carriesOwnCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && (authorization.startsWith("Basic ") || authorization.startsWith("Bearer "));
    }
}
