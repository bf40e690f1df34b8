package io.github.ratecard.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.github.ratecard.access.AccessPolicy;
import java.util.Map;

/** Shows the project sidebar's Budget link to those who may see the project's costs (View costs, or finance). */
public class BudgetLinkCondition implements Condition {

    private final AccessPolicy access;

    public BudgetLinkCondition(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("project") instanceof Project project && access.currentViewer().isPresent() && access.mayViewCosts(project.getId());
    }
}
