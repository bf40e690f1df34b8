package io.github.ratecard.insight.utilisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoIssueBillingStore;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoOverrideStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.AoUtilisationRollups;
import io.github.ratecard.store.AoUtilisationTargets;
import io.github.ratecard.store.StoredBillingFacts;
import io.github.ratecard.testing.kits.RateCardKit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/**
 * The report reads the same number of SQL statements for a ledger of 100 entries as for one of
 * 1,000 (and for more people), in every grouping: it reads the monthly rollups, never the ledger.
 */
public class UtilisationQueryCountTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final YearMonth FROM = YearMonth.of(2026, 9);
    private static final YearMonth TO = YearMonth.of(2026, 11);

    private final RateCardKit kit = new RateCardKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void report_shouldCostAConstantNumberOfStatementsWhateverTheLedgersSize() {
        kit.accountService.create(RateCardKit.account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        StaffLevel levelOne = kit.levelService.create("Agent L1", "");
        kit.levelService.assign("ana", levelOne.id(), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        AoUtilisationTargets targets = new AoUtilisationTargets(kit.database.activeObjects());
        targets.put(levelOne.id(), new BigDecimal("85.0"));
        LedgerKeeper keeper = keeper();
        UtilisationReport report = new UtilisationReport(new AoUtilisationRollups(kit.database.activeObjects()), new StaffLevels(kit.levels), targets,
                new WeekdayCapacity(), name -> Optional.of(Set.of("ana", "ben")), kit.users, kit.projects, RateCardKit.financeUser());

        keeper.apply(worklogs(1, 100, List.of("ana", "ben")));
        List<Integer> small = statementsPerGrouping(report);
        keeper.apply(worklogs(101, 900, List.of("ana", "ben", "cleo", "lead")));
        List<Integer> large = statementsPerGrouping(report);

        assertEquals(small, large);
        assertTrue("a handful of statements, was " + small, small.stream().allMatch(n -> n > 0 && n <= 6));
        UtilisationRow ana = report.report(query(Grouping.PERSON), "No level").rows().get(0);
        assertEquals("ana", ana.key());
        assertEquals(new BigDecimal("85.0"), ana.target());
    }

    private List<Integer> statementsPerGrouping(UtilisationReport report) {
        List<Integer> counts = new ArrayList<>();
        for (Grouping by : Grouping.values()) {
            counts.add(statementsFor(() -> report.report(query(by), "No level")));
        }
        return counts;
    }

    private static UtilisationQuery query(Grouping by) {
        return new UtilisationQuery(FROM, TO, by, by == Grouping.TEAM ? List.of("support") : List.of(), null);
    }

    private LedgerKeeper keeper() {
        AoIssueBillingStore fields = new AoIssueBillingStore(kit.database.activeObjects());
        AoOverrideStore overrides = new AoOverrideStore(kit.database.activeObjects());
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                new StoredBillingFacts(fields, overrides), () -> ZoneId.of("UTC"));
        return new LedgerKeeper(new AoLedgerStore(kit.database.activeObjects()), new AoRollupStore(kit.database.activeObjects()), pricer,
                kit.transactions, RateCardKit.CLOCK);
    }

    /** {@code count} worklogs of half an hour from ids {@code firstId}, spread over the people and the three months. */
    private static List<WorklogChange> worklogs(long firstId, int count, List<String> people) {
        IssueRef issue = new IssueRef(501, "ACME-501", ACME);
        List<WorklogChange> changes = new ArrayList<>(count);
        Instant start = Instant.parse("2026-09-01T08:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant started = start.plusSeconds(7_200L * i);
            changes.add(WorklogChange.saved(new WorklogRecord(firstId + i, issue.id(), issue.key(), ACME, "ACME", people.get(i % people.size()), started,
                    1800, started.plusSeconds(1800))));
        }
        return changes;
    }

    private int statementsFor(Runnable read) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = kit.database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            read.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }
}
