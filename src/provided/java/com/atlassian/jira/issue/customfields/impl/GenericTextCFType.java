// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.plugin.customfield.CustomFieldTypeModuleDescriptor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.BulkEditBean;
import java.util.List;
import java.util.Set;

/**
 * Declaration only: Jira's text field type (a string stored, indexed and searchable by Jira),
 * which Ratecard's Account and Billable field types extend. Jira's class implements every member
 * of {@link com.atlassian.jira.issue.customfields.CustomFieldType}; all are declared here.
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
    public void init(CustomFieldTypeModuleDescriptor customFieldTypeModuleDescriptor) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public final String getKey() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public final String getName() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public final String getDescription() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public final CustomFieldTypeModuleDescriptor getDescriptor() {
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

    @Override
    public Set<Long> remove(CustomField field) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getValueFromCustomFieldParams(CustomFieldParams parameters) throws FieldValidationException {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getValueFromIssue(CustomField field, Issue issue) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getDefaultValue(FieldConfig fieldConfig) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public void setDefaultValue(FieldConfig fieldConfig, String value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getChangelogValue(CustomField field, String value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getChangelogString(CustomField field, String value) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public List<FieldConfigItemType> getConfigurationItemTypes() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public boolean isRenderable() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public boolean valuesEqual(String v1, String v2) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String availableForBulkEdit(BulkEditBean bulkEditBean) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
