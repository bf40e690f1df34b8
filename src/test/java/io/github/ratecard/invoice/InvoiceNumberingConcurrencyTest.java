package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Test;

/**
 * Two issuers at once on a real database (H2, and PostgreSQL in CI): each issues 500 invoices for
 * the same account, one a day of work, and also tries to bill 50 of the other's days (which one of
 * them then finds billed, or empty). Afterwards the numbers run from 1 to 1,000 without a gap or
 * a repeat, and every worklog is on exactly one invoice.
 */
public class InvoiceNumberingConcurrencyTest {

    private static final int PER_ISSUER = 500;
    private static final int STOLEN = 50;
    private static final LocalDate FIRST_DAY = LocalDate.parse("2024-01-02");

    private final InvoiceKit kit = new InvoiceKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void twoIssuersAtOnce_shouldGetEveryNumberOnceAndBillEveryWorklogOnce() throws Exception {
        for (int day = 0; day < 2 * PER_ISSUER; day++) {
            kit.log(day + 1, 1 + day % 20, FIRST_DAY.plusDays(day) + "T09:00:00Z", 3600);
        }
        AtomicInteger refused = new AtomicInteger();
        ExecutorService issuers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> numbers = new ArrayList<>();
            numbers.add(issuers.submit(issuer(0, PER_ISSUER, refused)));
            numbers.add(issuers.submit(issuer(PER_ISSUER, PER_ISSUER, refused)));
            List<String> all = new ArrayList<>();
            for (Future<List<String>> issued : numbers) {
                all.addAll(issued.get());
            }

            assertEquals(2 * PER_ISSUER, all.size());
            Set<Long> sequence = all.stream().map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))).collect(Collectors.toSet());
            assertEquals("no number twice", all.size(), sequence.size());
            assertEquals("no gap", 2L * PER_ISSUER, Collections.max(sequence).longValue());
            assertEquals("each stolen day was billed by one of the two and refused to the other", 2 * STOLEN, refused.get());
        } finally {
            issuers.shutdownNow();
        }
        Set<Long> billed = new HashSet<>();
        List<Long> worklogs = new ArrayList<>();
        for (long id = 1; id <= 2 * PER_ISSUER; id++) {
            worklogs.add(id);
        }
        kit.invoiced.of(worklogs).values().forEach(work -> assertTrue("worklog " + work.worklogId() + " billed twice", billed.add(work.worklogId())));
        assertEquals(2 * PER_ISSUER, billed.size());
        assertEquals(2 * PER_ISSUER, kit.invoices.list(InvoiceFilter.of("ACME", InvoiceStatus.ISSUED, InvoiceKind.INVOICE), 0, 1).total());
    }

    /** Issues one invoice per day of its own days, and after each tenth also tries one of the other issuer's days. */
    private Callable<List<String>> issuer(int firstDay, int days, AtomicInteger refused) {
        return () -> {
            List<String> numbers = new ArrayList<>();
            int other = firstDay == 0 ? PER_ISSUER : 0;
            for (int day = firstDay; day < firstDay + days; day++) {
                tryDay(day, numbers, refused);
                if ((day - firstDay) % (PER_ISSUER / STOLEN) == 0) {
                    tryDay(other + (day - firstDay), numbers, refused);
                }
            }
            return numbers;
        };
    }

    /** Issues the day's invoice; a day the other issuer billed first is refused (already billed, or nothing left to bill). */
    private void tryDay(int day, List<String> numbers, AtomicInteger refused) {
        try {
            numbers.add(issueDay(day).number().orElseThrow());
        } catch (io.github.ratecard.domain.ConflictException | io.github.ratecard.domain.InvalidInputException taken) {
            refused.incrementAndGet();
        }
    }

    private Invoice issueDay(int day) {
        String date = FIRST_DAY.plusDays(day).toString();
        Invoice draft = kit.draft(date, date);
        return kit.issuing.issue(draft.id(), LocalDate.parse("2026-01-15"), null, "fiona");
    }
}
