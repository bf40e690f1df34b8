// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/** Declaration only: the base of Jira's field types; Ratecard's field types inherit from it through GenericTextCFType. */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    protected AbstractCustomFieldType() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
