package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.IssueRef;
import java.util.Map;

/** Shows the Cost & billing panel to signed-in users who may see the issue; never to anonymous visitors. */
public class CostPanelCondition implements Condition {

    private final AccessPolicy access;

    public CostPanelCondition(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Object issue = context.get("issue");
        return issue instanceof Issue jiraIssue && access.currentViewer().isPresent()
                && access.currentUserMaySee(new IssueRef(jiraIssue.getId(), jiraIssue.getKey(), jiraIssue.getProjectObject().getId()));
    }
}
