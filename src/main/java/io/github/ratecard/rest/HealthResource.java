package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.WorklogIntake;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /admin/health}: how many ledger entries have each pricing status, and how many
 * worklog changes wait in the retry queue, and how
 * many worklog events this node has received and failed to process since it started. Finance or Jira administrators.
 */
@Path("admin/health")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HealthResource {

    private final LedgerStore ledger;
    private final WorklogIntake intake;
    private final RetryQueue retries;
    private final AccessPolicy access;

    @Inject
    public HealthResource(LedgerStore ledger, WorklogIntake intake, RetryQueue retries, AccessPolicy access) {
        this.ledger = ledger;
        this.intake = intake;
        this.retries = retries;
        this.access = access;
    }

    public record Health(Map<String, Long> entriesByStatus, long unpriced, long retryQueue, long eventsReceived,
                         long eventsFailed) {
    }

    @GET
    public Health health() {
        access.requireSignedIn();
        access.requireFinanceOrAdmin();
        Map<String, Long> counts = new TreeMap<>();
        ledger.countsByStatus().forEach((status, count) -> counts.put(status.name(), count));
        long unpriced = counts.entrySet().stream().filter(e -> !e.getKey().equals(PricingStatus.PRICED.name()))
                .mapToLong(Map.Entry::getValue).sum();
        return new Health(counts, unpriced, retries.size(), intake.received(), intake.failed());
    }
}
