// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/report/ReportModuleDescriptor.html
package com.atlassian.jira.plugin.report;

/** Declaration only: Ratecard receives it in {@link Report#init} and calls none of its members. */
public interface ReportModuleDescriptor {
}
