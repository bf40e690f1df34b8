// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/Field.html
package com.atlassian.jira.issue.fields;

/** Declaration only: any field of an issue; the members Ratecard calls (on a custom field). */
public interface Field {

    /** The field's id, e.g. {@code customfield_10100}. */
    String getId();

    String getName();
}
