// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/database/DatabaseConnection.html
package com.atlassian.jira.database;

import java.sql.Connection;

/** Declaration only: the members Ratecard calls. */
public interface DatabaseConnection {

    Connection getJdbcConnection();
}
