// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html
package com.atlassian.jira.issue.fields.layout.field;

/** Declaration only: A field as a field configuration shows it; Ratecard names the type and calls none of its members. */
public interface FieldLayoutItem {
}
