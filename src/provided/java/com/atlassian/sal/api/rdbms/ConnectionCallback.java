// Jira 10.3 (SAL) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html
package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Declaration only: JDBC work handed a connection the host owns (it must not be closed or committed). */
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
