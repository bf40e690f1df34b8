// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/CustomFieldType.html
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.plugin.customfield.CustomFieldTypeModuleDescriptor;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.BulkEditBean;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declaration only, complete: Ratecard's field types extend a Jira implementation of it. T is the
 * value's transport type, S the single value's type.
 */
public interface CustomFieldType<T, S> {

    void init(CustomFieldTypeModuleDescriptor customFieldTypeModuleDescriptor);

    String getKey();

    String getName();

    String getDescription();

    CustomFieldTypeModuleDescriptor getDescriptor();

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;

    Set<Long> remove(CustomField field);

    void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config);

    void createValue(CustomField field, Issue issue, T value);

    void updateValue(CustomField field, Issue issue, T value);

    T getValueFromCustomFieldParams(CustomFieldParams parameters) throws FieldValidationException;

    Object getStringValueFromCustomFieldParams(CustomFieldParams parameters);

    T getValueFromIssue(CustomField field, Issue issue);

    T getDefaultValue(FieldConfig fieldConfig);

    void setDefaultValue(FieldConfig fieldConfig, T value);

    String getChangelogValue(CustomField field, T value);

    String getChangelogString(CustomField field, T value);

    Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);

    List<FieldConfigItemType> getConfigurationItemTypes();

    List<FieldIndexer> getRelatedIndexers(CustomField customField);

    boolean isRenderable();

    boolean valuesEqual(T v1, T v2);

    String availableForBulkEdit(BulkEditBean bulkEditBean);
}
