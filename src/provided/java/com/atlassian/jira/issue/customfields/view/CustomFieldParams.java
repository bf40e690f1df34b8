// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/view/CustomFieldParams.html
package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.transport.FieldTransportParams;

/** Declaration only: a custom field's submitted values; Ratecard calls only what it inherits. */
public interface CustomFieldParams extends FieldTransportParams {
}
