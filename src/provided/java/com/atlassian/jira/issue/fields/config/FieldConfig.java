// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/config/FieldConfig.html
package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/** Declaration only: the members Ratecard calls. A field's configuration in one context. */
public interface FieldConfig {

    CustomField getCustomField();
}
