package io.github.ratecard.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.github.ratecard.access.AccessPolicy;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Jira's REST access rules, as the sandbox plays them: a resource open to anonymous callers says
 * so with {@code @AnonymousSiteAccess} (the sandbox allows anonymous access); every other resource
 * ({@code @LicensedOnly}, the only other rule the app uses) answers 401 to an anonymous caller.
 */
final class RestAccessFilter implements ContainerRequestFilter {

    private final AccessPolicy accessPolicy;

    @Context
    private ResourceInfo resourceInfo;

    RestAccessFilter(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo.getResourceMethod() == null || isOpen(resourceInfo.getResourceMethod()) || isOpen(resourceInfo.getResourceClass())) {
            return;
        }
        if (accessPolicy.currentViewer().isEmpty()) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("message", "Sign in to use this resource")).build());
        }
    }

    private static boolean isOpen(AnnotatedElement element) {
        return element.isAnnotationPresent(AnonymousSiteAccess.class);
    }
}
