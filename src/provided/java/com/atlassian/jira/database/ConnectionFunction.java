// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/database/ConnectionFunction.html
package com.atlassian.jira.database;

/** Declaration only: work done with a borrowed connection. */
@FunctionalInterface
public interface ConnectionFunction<R> {

    R run(DatabaseConnection connection);
}
