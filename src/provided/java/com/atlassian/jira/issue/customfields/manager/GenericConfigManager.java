// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.html
package com.atlassian.jira.issue.customfields.manager;

/** Declaration only: Stores field configuration (passed on to Jira's field type); Ratecard names the type and calls none of its members. */
public interface GenericConfigManager {
}
