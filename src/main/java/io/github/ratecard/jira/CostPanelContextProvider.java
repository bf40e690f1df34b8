package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.web.CostPanel;
import io.github.ratecard.web.PageText;
import java.util.HashMap;
import java.util.Map;

/** Gives the Cost & billing issue panel its view: Jira's issue in, {@link CostPanel}'s view out. */
public class CostPanelContextProvider implements ContextProvider {

    private final CostPanel panel;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public CostPanelContextProvider(CostPanel panel, I18nResolver i18n, ApplicationProperties application) {
        this.panel = panel;
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Issue issue = (Issue) context.get("issue");
        IssueRef ref = new IssueRef(issue.getId(), issue.getKey(), issue.getProjectObject().getId());
        Map<String, Object> panelContext = new HashMap<>(context);
        panelContext.put("i18n", new PageText(i18n));
        panelContext.put("view", panel.viewOf(ref, allWorklogsUrl(application.getBaseUrl(UrlMode.RELATIVE), issue.getKey())));
        return panelContext;
    }

    /** Jira's own Work Log tab of the issue, which lists every worklog, under Jira's context path. */
    static String allWorklogsUrl(String contextPath, String issueKey) {
        return (contextPath == null ? "" : contextPath) + "/browse/" + issueKey + "?page=com.atlassian.jira.plugin.system.issuetabpanels:worklog-tabpanel#worklog-tabpanel";
    }
}
