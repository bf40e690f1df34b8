// Jira 10.3 (Atlassian Plugins 7.x) — https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html
package com.atlassian.plugin;

/** Declaration only: a module's descriptor could not be read. */
public class PluginParseException extends RuntimeException {
}
