// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/index/indexers/FieldIndexer.html
package com.atlassian.jira.issue.index.indexers;

/** Declaration only: Indexes a field; Ratecard names the type and calls none of its members. */
public interface FieldIndexer {
}
