// Jira 10.3 (Atlassian Web Resources 6.x) — https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/WebResourceAssembler.html
package com.atlassian.webresource.api.assembler;

/** Declaration only: the members Ratecard calls. */
public interface WebResourceAssembler {

    RequiredResources resources();
}
