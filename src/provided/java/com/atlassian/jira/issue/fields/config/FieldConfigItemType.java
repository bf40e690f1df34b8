// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/config/FieldConfigItemType.html
package com.atlassian.jira.issue.fields.config;

/** Declaration only: A kind of field configuration item; Ratecard names the type and calls none of its members. */
public interface FieldConfigItemType {
}
