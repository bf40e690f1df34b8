// Jira 10.3 (Atlassian Plugins 7.x) — https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Declaration only, complete: Ratecard implements it. Adds entries to a web fragment's render context. */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
