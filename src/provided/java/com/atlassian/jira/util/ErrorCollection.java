// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/ErrorCollection.html
package com.atlassian.jira.util;

/** Declaration only: the members Ratecard calls. */
public interface ErrorCollection {

    /** An error shown at the field with this id. */
    void addError(String field, String message);
}
