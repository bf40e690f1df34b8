// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html
package com.atlassian.jira.issue.customfields.impl;

/** Declaration only: a field value Jira refuses; the message is shown at the field. */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
