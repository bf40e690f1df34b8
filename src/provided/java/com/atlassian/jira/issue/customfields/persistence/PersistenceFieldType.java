// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.html
package com.atlassian.jira.issue.customfields.persistence;

/** Declaration only: how Jira stores a field's values; Ratecard names the type and calls none of its members. */
public class PersistenceFieldType {

    private PersistenceFieldType() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
