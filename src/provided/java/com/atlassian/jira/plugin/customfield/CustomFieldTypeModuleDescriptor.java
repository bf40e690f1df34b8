// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/customfield/CustomFieldTypeModuleDescriptor.html
package com.atlassian.jira.plugin.customfield;

/** Declaration only: A customfield-type module; Ratecard names the type and calls none of its members. */
public interface CustomFieldTypeModuleDescriptor {
}
