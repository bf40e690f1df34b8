// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/view/CustomFieldParams.html
package com.atlassian.jira.issue.customfields.view;

/** Declaration only: A field's submitted values; Ratecard names the type and calls none of its members. */
public interface CustomFieldParams {
}
