package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractFigures;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.PeriodUsage;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.After;
import org.junit.Test;

/**
 * A retainer's invoice issued while new work of its period arrives, on a real database (H2, and PostgreSQL with
 * {@code -Dratecard.db=postgres}): every worklog counts once, in the period of the invoice that bills it, so the balance
 * comes out as a hand computation says. ACME has 10 prepaid hours a month from May 2026 (rolling over up to 100 hours,
 * overage at 85 EUR/h); each month 6 hours are logged, drafted, and then issued while 4 more hours of the same month are logged.
 */
public class RetainerIssuingConcurrencyTest {

    private static final long H = 3600;
    private static final int MONTHS = 6;
    private static final YearMonth FIRST = YearMonth.of(2026, 5);

    private final InvoiceKit kit = new InvoiceKit();
    private final InvoicedUsage usage = kit.rateCard.app.bean(InvoicedUsage.class);
    private final AtomicLong worklogs = new AtomicLong();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void issuingWhileWorkArrives_shouldCountEveryWorklogOnceAndLeaveTheBalanceTheHandComputationGives() throws Exception {
        ContractStore contracts = kit.rateCard.app.bean(ContractStore.class);
        Contract contract = new Contract("ACME", Currency.getInstance("EUR"), FIRST, Optional.empty(), List.of(new DatedTerms(FIRST,
                Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("1000", "EUR"), 10 * H, Rollover.upTo(100 * H), HourlyRate.parse("85", "EUR")))));
        contracts.save(contract);
        List<Invoice> issued = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                log(month.atDay(2), 2, 2, 2);
                long draft = kit.draft(month.atDay(1).toString(), month.atEndOfMonth().toString()).id();
                CountDownLatch start = new CountDownLatch(1);
                Future<Invoice> issuing = threads.submit(() -> {
                    start.await();
                    return kit.issuing.issue(draft, month.plusMonths(1).atDay(1), null, "fiona");
                });
                Future<?> arriving = threads.submit(() -> {
                    start.await();
                    log(month.atDay(15), 1, 1, 1, 1);
                    return null;
                });
                start.countDown();
                issued.add(issuing.get());
                arriving.get();
            }
        } finally {
            threads.shutdownNow();
        }

        for (Invoice invoice : issued) {
            long[] linked = {0};
            kit.invoiced.stream(invoice.id(), row -> linked[0] += row.billedSeconds());
            assertEquals(invoice.describe() + ": its fee line counts what it bills", linked[0], invoice.lines().get(0).seconds());
        }
        List<ContractPeriod> periods = new ArrayList<>();
        for (int m = 0; m <= MONTHS; m++) {
            periods.add(ContractPeriod.month(FIRST.plusMonths(m)));
        }
        long counted = usage.usage("ACME", periods).stream().mapToLong(PeriodUsage::billedSeconds).sum();
        assertEquals("every worklog logged counts in exactly one period", MONTHS * 10 * H, counted);
        List<RetainerBalance> ledger = new ContractFigures(usage, keys -> Map.of()).retainerLedger(contract, FIRST.plusMonths(MONTHS), List.of());
        // 7 periods of 10 prepaid hours, 60 hours used, never beyond the balance, nothing expired: 10 hours left
        assertEquals(10 * H, ledger.get(ledger.size() - 1).closingSeconds());
        assertEquals(0, ledger.stream().mapToLong(RetainerBalance::overageSeconds).sum());
    }

    /** Worklogs of the hours given, on consecutive days from {@code first}, each on its own issue. */
    private void log(LocalDate first, long... hours) {
        LocalDate day = first;
        for (long each : hours) {
            long id = worklogs.incrementAndGet();
            kit.log(id, 1 + id % 20, day + "T09:00:00Z", each * H);
            day = day.plusDays(1);
        }
    }
}
