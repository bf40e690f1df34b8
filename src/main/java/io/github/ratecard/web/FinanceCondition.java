package io.github.ratecard.web;

import com.atlassian.plugin.web.Condition;
import io.github.ratecard.access.AccessPolicy;
import java.util.Map;

/** Shows a web item only to users with the Ratecard finance permission. */
public class FinanceCondition implements Condition {

    private final AccessPolicy accessPolicy;

    public FinanceCondition(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return accessPolicy.currentUserIsFinance();
    }
}
