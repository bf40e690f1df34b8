package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /rest/ratecard/1.0/status}: a cheap answer that the app is installed and which
 * version runs, for monitoring and for support. It reveals nothing but the version: open to
 * anonymous callers where the site allows anonymous access, like Jira's own server-info resource.
 */
@Path("/status")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class StatusResource {

    static final String API_VERSION = "1.0";
    private static final String APP = "Ratecard";

    private final BuildInfo buildInfo;

    @Inject
    public StatusResource(BuildInfo buildInfo) {
        this.buildInfo = buildInfo;
    }

    /** The app's name, its version and the API's, for monitoring; open to anonymous callers where the site allows anonymous access. */
    @GET
    public StatusDocument status() {
        return new StatusDocument(APP, buildInfo.version(), API_VERSION);
    }
}
