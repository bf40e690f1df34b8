// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/transport/FieldTransportParams.html
package com.atlassian.jira.issue.transport;

/** Declaration only: the members Ratecard calls. A field's submitted values, by sub-key (null: the field's own value). */
public interface FieldTransportParams {

    Object getFirstValueForKey(String key);

    /** The field's own value, as submitted. */
    Object getFirstValueForNullKey();
}
