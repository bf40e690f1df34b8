// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/transaction/TransactionCallback.html
package com.atlassian.sal.api.transaction;

/** Declaration only: work to run in one database transaction. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
