// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/** Declaration only: a field type with one value per issue, stored by Jira; its abstract members are all declared. */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;

    @Override
    public void createValue(CustomField field, Issue issue, T value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void updateValue(CustomField customField, Issue issue, T value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
