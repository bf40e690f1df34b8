// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;

/**
 * Declaration only: Jira's text field type (a string stored, indexed and searchable by Jira), which
 * Ratecard's Account and Billable field types extend, with just the members it declares itself that
 * Ratecard needs. Everything else (reading the value, validation, removal) it inherits from
 * {@link AbstractSingleFieldType} and {@link AbstractCustomFieldType}, where it is declared.
 */
public class GenericTextCFType extends AbstractSingleFieldType<String> {

    protected GenericTextCFType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager,
                                TextFieldCharacterLengthValidator textFieldCharacterLengthValidator,
                                JiraAuthenticationContext jiraAuthenticationContext) {
        super(customFieldValuePersister, genericConfigManager);
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    protected Object getDbValueFromObject(String customFieldObject) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getStringFromSingularObject(String singularObject) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
