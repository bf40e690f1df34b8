package io.github.ratecard.sandbox;

import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /sandbox/api/node}: this sandbox process as a node of a cluster, for tests that run
 * several: {@code {"node": "node-1", "runsBackgroundJob": true}} while it holds the cluster lock.
 */
@Path("node")
@Produces(MediaType.APPLICATION_JSON)
public final class NodeResource {

    private final String node;
    private final BooleanSupplier runsBackgroundJob;

    NodeResource(String node, BooleanSupplier runsBackgroundJob) {
        this.node = node;
        this.runsBackgroundJob = runsBackgroundJob;
    }

    @GET
    public Map<String, Object> node() {
        return Map.of("node", node, "runsBackgroundJob", runsBackgroundJob.getAsBoolean());
    }
}
