// Jira 10.3 (Atlassian Plugins 7.x) — https://docs.atlassian.com/atlassian-plugins/latest/com/atlassian/plugin/PluginParseException.html
package com.atlassian.plugin;

/** Declaration only: a module's descriptor could not be read. */
public class PluginParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
