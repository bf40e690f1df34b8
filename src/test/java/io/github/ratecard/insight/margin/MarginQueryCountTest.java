package io.github.ratecard.insight.margin;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/** The profitability report reads the same number of SQL statements for a ledger of 300 entries as for one of 3,000. */
public class MarginQueryCountTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();

    private final BudgetKit kit = new BudgetKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void report_shouldCostAConstantNumberOfStatementsWhateverTheLedgersSize() {
        kit.rateCard.accountService.create(account("ACME", "EUR"));
        kit.rateCard.accountService.link("ACME", "ACME", true);
        kit.rateCard.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateCard.rateService.add(RateScope.account("ACME"), HourlyRate.parse("50", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        LedgerKeeper keeper = new LedgerKeeper(kit.ledger, kit.rollups, kit.pricer, kit.rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        MarginReader reader = kit.rateCard.app.bean(MarginReader.class);
        keeper.apply(worklogs(1, 300));

        List<Integer> small = new ArrayList<>();
        List<Integer> large = new ArrayList<>();
        for (MarginGrouping by : List.of(MarginGrouping.ACCOUNT, MarginGrouping.PROJECT, MarginGrouping.LEVEL, MarginGrouping.PERSON)) {
            small.add(statementsFor(() -> reader.report(new MarginQuery(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 3), by,
                    null, null), id -> true, true)));
        }
        keeper.apply(worklogs(1_000, 2_700));
        for (MarginGrouping by : List.of(MarginGrouping.ACCOUNT, MarginGrouping.PROJECT, MarginGrouping.LEVEL, MarginGrouping.PERSON)) {
            large.add(statementsFor(() -> {
                MarginReport report = reader.report(new MarginQuery(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 3), by, null,
                        null), id -> true, true);
                assertFalse(report.rows().isEmpty());
                return report;
            }));
        }

        assertEquals(small, large);
        assertTrue("a bounded number of statements, was " + small, small.get(0) > 0 && small.get(0) <= 12);
    }

    private int statementsFor(Supplier<?> read) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = kit.rateCard.database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            read.get();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    /** Worklogs on the days of January to March, by four users, spread over 20 issues. */
    private static List<WorklogChange> worklogs(long firstId, int count) {
        List<WorklogChange> changes = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        List<String> users = RateCardKit.USERS;
        for (int i = 0; i < count; i++) {
            Instant started = start.plusSeconds(3600L * 24 * (i % 90) + 60L * (i / 90 % 600));
            long issue = i % 20 + 1;
            changes.add(WorklogChange.saved(new WorklogRecord(firstId + i, issue, "ACME-" + issue, ACME, "ACME", users.get(i % 4), started,
                    1800, started.plusSeconds(1800))));
        }
        return changes;
    }
}
