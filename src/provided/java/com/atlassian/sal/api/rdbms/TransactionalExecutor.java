// Jira 10.3 (SAL) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html
package com.atlassian.sal.api.rdbms;

/** Declaration only: runs a callback with a connection inside a transaction the host commits or rolls back. */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);
}
