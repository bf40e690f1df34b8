package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Test;

/**
 * Several requests issuing the same draft at once, on a real database (H2, and PostgreSQL in CI):
 * one of them issues it, every other one is told the draft is issued already (a conflict), and
 * nothing else happens — no second number, no error of the database.
 */
public class ParallelIssuingTest {

    private static final int DRAFTS = 30;
    private static final int REQUESTS = 6;
    private static final LocalDate FIRST_DAY = LocalDate.parse("2024-01-02");

    private final InvoiceKit kit = new InvoiceKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void requestsIssuingOneDraftAtOnce_shouldIssueItOnceAndRefuseTheOthersAsConflicts() throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(REQUESTS);
        try {
            for (int day = 0; day < DRAFTS; day++) {
                String date = FIRST_DAY.plusDays(day).toString();
                kit.log(day + 1, 1 + day % 20, date + "T09:00:00Z", 3600);
                long draft = kit.draft(date, date).id();

                List<Object> outcomes = issueAtOnce(requests, draft);

                long issued = outcomes.stream().filter(Invoice.class::isInstance).count();
                long conflicts = outcomes.stream().filter(ConflictException.class::isInstance).count();
                assertEquals("draft of " + date + ": " + outcomes, 1, issued);
                assertEquals("draft of " + date + ": " + outcomes, REQUESTS - 1, conflicts);
                assertTrue(kit.invoices.require(draft).status() == InvoiceStatus.ISSUED);
            }
        } finally {
            requests.shutdownNow();
        }
        assertEquals("one number per draft", DRAFTS,
                kit.invoices.list(InvoiceFilter.of("ACME", InvoiceStatus.ISSUED, InvoiceKind.INVOICE), 0, 1).total());
        assertEquals("ACME-2026-" + String.format("%04d", DRAFTS), kit.invoices.list(InvoiceFilter.of("ACME", InvoiceStatus.ISSUED,
                InvoiceKind.INVOICE), 0, DRAFTS).items().stream().map(invoice -> invoice.number().orElseThrow()).max(String::compareTo).orElseThrow());
    }

    /** What each request got: the issued invoice, or the exception it was answered with. */
    private List<Object> issueAtOnce(ExecutorService requests, long draft) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> pending = new ArrayList<>();
        for (int request = 0; request < REQUESTS; request++) {
            pending.add(requests.submit(() -> {
                start.await();
                try {
                    return kit.issuing.issue(draft, LocalDate.parse("2026-01-15"), null, "fiona");
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : pending) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }
}
