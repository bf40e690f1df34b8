package io.github.ratecard.jira;

import com.atlassian.jira.plugin.report.Report;
import com.atlassian.jira.plugin.report.ReportModuleDescriptor;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.web.action.ProjectActionSupport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.web.BillingReportPage;
import java.util.HashMap;
import java.util.Map;

/** The billing report on a project's Reports page, for finance: Jira's report module, handing the project and parameters to {@link BillingReportPage}. */
@SuppressWarnings("rawtypes")
public class BillingReport implements Report {

    private final BillingReportPage page;
    private final AccessPolicy access;
    private final ApplicationProperties application;

    public BillingReport(BillingReportPage page, AccessPolicy access, ApplicationProperties application) {
        this.page = page;
        this.access = access;
        this.application = application;
    }

    @Override
    public void init(ReportModuleDescriptor reportModuleDescriptor) {
        // rendered by the app's own template renderer
    }

    @Override
    public void validate(ProjectActionSupport action, Map params) {
        // bad parameters are shown in the report itself, with what was wrong
    }

    @Override
    public String generateReportHtml(ProjectActionSupport action, Map params) throws Exception {
        Project project = action.getSelectedProjectObject();
        ProjectRef ref = new ProjectRef(project.getId(), project.getKey(), project.getName(), project.getLeadUserKey());
        return page.render(ref, values(params), application.getBaseUrl(UrlMode.RELATIVE) + "/rest/ratecard/1.0");
    }

    @Override
    public boolean isExcelViewSupported() {
        return false;
    }

    @Override
    public String generateReportExcel(ProjectActionSupport action, Map params) {
        throw new UnsupportedOperationException("The billing report offers XLSX and CSV downloads of its own");
    }

    @Override
    public boolean showReport() {
        return access.currentUserIsFinance();
    }

    /** Jira passes each parameter as a string or an array of strings. */
    static Map<String, String> values(Map params) {
        Map<String, String> values = new HashMap<>();
        for (Object key : params.keySet()) {
            Object value = params.get(key);
            if (value instanceof String[] array && array.length > 0) {
                values.put(String.valueOf(key), array[0]);
            } else if (value != null) {
                values.put(String.valueOf(key), String.valueOf(value));
            }
        }
        return values;
    }
}
