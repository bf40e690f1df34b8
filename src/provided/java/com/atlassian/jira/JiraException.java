// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/JiraException.html
package com.atlassian.jira;

/** Declaration only: Jira's checked exception. */
public class JiraException extends Exception {

    private static final long serialVersionUID = 1L;

    public JiraException() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
