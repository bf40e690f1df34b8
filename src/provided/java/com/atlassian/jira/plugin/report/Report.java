// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/report/Report.html
package com.atlassian.jira.plugin.report;

import com.atlassian.jira.web.action.ProjectActionSupport;
import java.util.Map;

/** Declaration only, complete (Ratecard implements it): a report on a project's Reports page. */
@SuppressWarnings("rawtypes")
public interface Report {

    void init(ReportModuleDescriptor reportModuleDescriptor);

    void validate(ProjectActionSupport action, Map params);

    String generateReportHtml(ProjectActionSupport action, Map params) throws Exception;

    boolean isExcelViewSupported();

    String generateReportExcel(ProjectActionSupport action, Map params) throws Exception;

    boolean showReport();
}
