// Jira 10.3 (Atlassian Web Resources 6.x) — https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/RequiredResources.html
package com.atlassian.webresource.api.assembler;

/** Declaration only: the members Ratecard calls. */
public interface RequiredResources {

    /** Adds a web-resource module, by its complete key (plugin key : module key), to the page being built. */
    RequiredResources requireWebResource(String moduleCompleteKey);
}
