// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/auth/LoginUriProvider.html
package com.atlassian.sal.api.auth;

import java.net.URI;

/** Declaration only: the members Ratecard calls. */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
