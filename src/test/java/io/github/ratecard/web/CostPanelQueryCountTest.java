package io.github.ratecard.web;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoIssueBillingStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoOverrideStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.StoredBillingFacts;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/** The Cost & billing panel reads the same number of SQL statements for an issue with 10 worklogs as for one with 10,000. */
public class CostPanelQueryCountTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final IssueRef SMALL = new IssueRef(501, "ACME-501", ACME);
    private static final IssueRef LARGE = new IssueRef(502, "ACME-502", ACME);

    private final RateCardKit kit = new RateCardKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void panel_shouldCostAConstantNumberOfStatementsWhateverTheIssuesHistory() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
        AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
        AoIssueBillingStore fields = new AoIssueBillingStore(kit.database.activeObjects());
        AoOverrideStore overrides = new AoOverrideStore(kit.database.activeObjects());
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                new StoredBillingFacts(fields, overrides), () -> ZoneId.of("UTC"));
        LedgerKeeper keeper = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
        keeper.apply(worklogs(SMALL, 1, 10));
        keeper.apply(worklogs(LARGE, 1_000, 10_000));
        CostPanel panel = new CostPanel(new AoLedgerQueries(kit.database.activeObjects()), new IssueBillingService(fields, kit.accounts, keeper, kit.audit, kit.transactions),
                overrides, RateCardKit.financeUser(), kit.users, () -> Locale.ENGLISH);

        int small = statementsFor(() -> panel.viewOf(SMALL, "/all"));
        int large = statementsFor(() -> {
            CostPanelView view = panel.viewOf(LARGE, "/all");
            assertEquals(10_000, view.getEntries());
            assertEquals(CostPanel.RECENT, view.getRecent().size());
        });

        assertEquals(small, large);
        assertTrue("a handful of statements, was " + small, small > 0 && small <= 10);
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

    private static List<WorklogChange> worklogs(IssueRef issue, long firstId, int count) {
        List<WorklogChange> changes = new ArrayList<>(count);
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant started = start.plusSeconds(600L * i);
            changes.add(WorklogChange.saved(new WorklogRecord(firstId + i, issue.id(), issue.key(), ACME, "ACME", "ana", started, 1800,
                    started.plusSeconds(1800))));
        }
        return changes;
    }
}
