package io.github.ratecard.web;

import com.atlassian.plugin.web.Condition;
import io.github.ratecard.access.AccessPolicy;
import java.util.Map;

/** Shows a web item to every signed-in user: the Insights menu, whose pages each check their own permission. */
public class SignedInCondition implements Condition {

    private final AccessPolicy accessPolicy;

    public SignedInCondition(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return accessPolicy.currentViewer().isPresent();
    }
}
