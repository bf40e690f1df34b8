// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/query/Query.html
package com.atlassian.query;

/** Declaration only: a parsed JQL query, passed back to Jira's search; Ratecard calls none of its members. */
public interface Query extends java.io.Serializable {
}
