// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/CustomField.html
package com.atlassian.jira.issue.fields;

/** Declaration only: the members Ratecard calls. */
public interface CustomField {

    /** The field's id, e.g. {@code customfield_10100}. */
    String getId();

    String getName();
}
