package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.testing.kits.RateCardKit;
import io.github.ratecard.testing.wiring.App;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    public void draftStillReadAsDraftAfterAnotherRequestBilledItsWork_shouldBeAnsweredAsIssued() {
        kit.log(1, 1, "2024-01-02T09:00:00Z", 3600);
        long draft = kit.draft("2024-01-02", "2024-01-02").id();
        Invoice asDrafted = kit.invoices.require(draft);
        kit.issuing.issue(draft, LocalDate.parse("2026-01-15"), null, "fiona");
        // a request that read the billed work before the database let it see the draft issued
        InvoiceIssuing late = issuingReading(asDrafted, 3);

        ConflictException refused = assertThrows(ConflictException.class, () -> late.issue(draft, LocalDate.parse("2026-01-15"), null, "fiona"));

        assertTrue(refused.getMessage(), refused.getMessage().contains("is ISSUED"));
        assertEquals(1, kit.invoices.list(InvoiceFilter.of("ACME", InvoiceStatus.ISSUED, InvoiceKind.INVOICE), 0, 1).total());
    }

    /** Issuing whose store answers the first {@code staleReads} reads of the document with {@code stale}. */
    private InvoiceIssuing issuingReading(Invoice stale, int staleReads) {
        AtomicInteger reads = new AtomicInteger();
        InvoiceStore store = (InvoiceStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {InvoiceStore.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("invoice") && reads.incrementAndGet() <= staleReads) {
                        return Optional.of(stale);
                    }
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, arguments);
                    }
                    try {
                        return method.invoke(kit.invoices, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        App app = kit.rateCard.app;
        return new InvoiceIssuing(store, kit.sources, new WorkBilling(kit.invoiced, app.bean("ledgerStore", LedgerStore.class), kit.adjustments),
                kit.numbers, kit.parties(), app.bean("accountStore", AccountStore.class), app.bean("settings", ReportingSettings.class),
                app.bean("auditLog", AuditLog.class), app.bean("transactions", Transactions.class), RateCardKit.CLOCK,
                app.bean("issueWriter", IssueWriter.class));
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
