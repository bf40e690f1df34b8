package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import java.io.IOException;
import java.io.InputStream;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET /openapi.json}: the OpenAPI 3 description of this REST API, for anyone signed in. The build writes it from
 * these resource classes next to this class ({@code openapi.json}); it names every operation, its parameters and JSON
 * bodies, and who may call it.
 */
@Path("openapi.json")
@LicensedOnly
public class OpenApiResource {

    static final String DOCUMENT = "openapi.json";

    private final AccessPolicy access;

    @Inject
    public OpenApiResource(AccessPolicy access) {
        this.access = access;
    }

    /** The OpenAPI 3 document of the API: every operation, its parameters, JSON bodies and errors, and who may call it. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() throws IOException {
        access.requireSignedIn();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("The jar holds no " + DOCUMENT + " next to " + OpenApiResource.class.getName());
            }
            return Response.ok(in.readAllBytes(), MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
