// Jira 10.3 (SAL) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutorFactory.html
package com.atlassian.sal.api.rdbms;

/** Declaration only: the host's way to run JDBC work on its own database in a transaction (Jira's implementation wraps its connection pool). */
public interface TransactionalExecutorFactory {

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
