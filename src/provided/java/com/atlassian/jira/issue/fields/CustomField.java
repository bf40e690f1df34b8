// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/CustomField.html
package com.atlassian.jira.issue.fields;

/** Declaration only: a custom field; Ratecard calls only what it inherits from {@link Field}. */
public interface CustomField extends Field {
}
