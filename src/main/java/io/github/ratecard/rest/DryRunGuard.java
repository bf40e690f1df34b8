package io.github.ratecard.rest;

import io.github.ratecard.domain.InvalidInputException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;

/**
 * A changing request that asks for a preview ({@code dryRun} in its query) from a call that has none
 * is refused with 400 naming {@code dryRun} before the call runs, so a script that expects a preview
 * never makes the change instead.
 */
@Provider
public class DryRunGuard implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        Method method = resource.getResourceMethod();
        if (query.containsKey("dryRun") && method != null && !method.isAnnotationPresent(Previewable.class)) {
            throw new InvalidInputException("dryRun", "This call has no preview; send it without dryRun to make the change");
        }
    }
}
