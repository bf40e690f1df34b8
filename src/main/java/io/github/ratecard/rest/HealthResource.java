package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.jobs.BackfillWriter;
import io.github.ratecard.jobs.StepHealth;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.WorklogIntake;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /admin/health}: how many ledger entries have each pricing status, how many worklog
 * changes wait in the retry queue, how many worklog events this node has received and failed to
 * process since it started, and how each step of the background job went on this node (runs,
 * failed runs, failed items, the last failure), and how the back-fill writes its batches (by JDBC, or
 * through Active Objects with the reason). Finance or Jira administrators.
 */
@Path("admin/health")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HealthResource {

    private final LedgerQueries ledger;
    private final WorklogIntake intake;
    private final RetryQueue retries;
    private final StepHealth steps;
    private final BackfillWriter backfillWriter;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public HealthResource(LedgerQueries ledger, WorklogIntake intake, RetryQueue retries, StepHealth steps, BackfillWriter backfillWriter,
                          AccessPolicy access, SecureAdminSession secureSession) {
        this.backfillWriter = backfillWriter;
        this.ledger = ledger;
        this.intake = intake;
        this.retries = retries;
        this.steps = steps;
        this.access = access;
        this.secureSession = secureSession;
    }

    public record Health(Map<String, Long> entriesByStatus, long unpriced, long retryQueue, long eventsReceived,
                         long eventsFailed, List<Step> backgroundSteps, BackfillWriter.WritePath backfillWrites) {
    }

    /** A background step on this node; the instants are ISO-8601, empty until it ran or failed. */
    public record Step(String step, long runs, long failedRuns, long failedItems, String lastRun, String lastFailure, String lastError) {

        static Step of(StepHealth.StepStatus status) {
            return new Step(status.step(), status.runs(), status.failedRuns(), status.failedItems(), text(status.lastRun()),
                    text(status.lastFailure()), status.lastError());
        }

        private static String text(Object instant) {
            return instant == null ? null : instant.toString();
        }
    }

    /**
     * How the app is doing: ledger entries per pricing status, the retry queue, the worklog events this
     * node received and failed, each background step's runs and last error, and how the back-fill writes.
     */
    @GET
    public Health health() {
        access.requireSignedIn();
        access.requireFinanceOrAdmin();
        secureSession.require(httpRequest);
        Map<String, Long> counts = new TreeMap<>();
        ledger.countsByStatus().forEach((status, count) -> counts.put(status.name(), count));
        long unpriced = counts.entrySet().stream().filter(e -> !e.getKey().equals(PricingStatus.PRICED.name()))
                .mapToLong(Map.Entry::getValue).sum();
        return new Health(counts, unpriced, retries.size(), intake.received(), intake.failed(),
                steps.steps().stream().map(Step::of).toList(), backfillWriter.writePath());
    }
}
