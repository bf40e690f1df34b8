// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html
package com.atlassian.sal.api.user;

import java.io.Serializable;

/** Declaration only: the stable key of a user; Ratecard only passes it back to SAL. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UserKey() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
