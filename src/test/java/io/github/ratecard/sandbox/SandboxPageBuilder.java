package io.github.ratecard.sandbox;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** Jira's page builder, played by a list of the web resources the current page requires. */
public final class SandboxPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        if (!SandboxSession.requiredResources().contains(moduleCompleteKey)) {
            SandboxSession.requiredResources().add(moduleCompleteKey);
        }
        return this;
    }
}
