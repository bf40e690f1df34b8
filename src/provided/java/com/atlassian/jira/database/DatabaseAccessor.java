// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/database/DatabaseAccessor.html
package com.atlassian.jira.database;

import java.util.Optional;

/** Declaration only: the members Ratecard calls. Jira provides the implementation. */
public interface DatabaseAccessor {

    Optional<String> getSchemaName();

    <R> R executeQuery(ConnectionFunction<R> callback);
}
