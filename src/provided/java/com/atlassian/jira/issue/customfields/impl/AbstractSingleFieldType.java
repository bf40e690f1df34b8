// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Set;

/**
 * Declaration only: a field type with one value per issue, stored by Jira. It declares
 * {@code T getValueFromIssue(...)} (erased: {@code Object}); its subclasses only inherit it.
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;

    @Override
    public T getValueFromIssue(CustomField field, Issue issue) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void createValue(CustomField field, Issue issue, T value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void updateValue(CustomField customField, Issue issue, T value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public Set<Long> remove(CustomField field) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public T getValueFromCustomFieldParams(CustomFieldParams parameters) throws FieldValidationException {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public T getDefaultValue(FieldConfig fieldConfig) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void setDefaultValue(FieldConfig fieldConfig, T value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getChangelogValue(CustomField field, T value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
