// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.plugin.customfield.CustomFieldTypeModuleDescriptor;
import com.atlassian.jira.web.bean.BulkEditBean;
import java.util.List;
import java.util.Map;

/**
 * Declaration only: the base of Jira's field types, with the members of {@link CustomFieldType} it
 * implements itself (declared because Ratecard's field types are concrete classes under it).
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    public AbstractCustomFieldType() {
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
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String getChangelogString(CustomField field, T value) {
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
    public boolean valuesEqual(T v1, T v2) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    @Override
    public String availableForBulkEdit(BulkEditBean bulkEditBean) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
