// Jira 10.3 (Atlassian Plugins 7.x) — https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Declaration only, complete: Ratecard implements it. Decides whether a web item is shown. */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
