package io.github.ratecard.insight.hints;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/**
 * Reading a run's facts costs the same number of SQL statements for a ledger of 10 people's months as
 * for ten times as many: the rules read rollups per account and project, never the ledger's entries.
 */
public class HintQueryCountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    public void factsOfATenTimesLargerLedger_shouldTakeTheSameStatements() {
        assertEquals(statementsWith(10), statementsWith(100));
    }

    @Test
    public void facts_shouldTakeAHandfulOfStatements() {
        int statements = statementsWith(10);

        assertTrue("was " + statements, statements > 0 && statements <= 20);
    }

    private static int statementsWith(int people) {
        try (BudgetKit kit = new BudgetKit()) {
            kit.rateCard.accountService.create(account("ACME", "EUR"));
            kit.rateCard.accountService.link("ACME", "ACME", true);
            List<Rollup> rollups = new ArrayList<>();
            for (int month = 0; month < 12; month++) {
                YearMonth ym = YearMonth.from(TODAY).minusMonths(month);
                for (int p = 0; p < people; p++) {
                    rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, RateCardKit.ACME_PROJECT.id(), "user" + p, "ACME", "EUR", ym),
                            36_000, 36_000, 500_00, 600_00, 10, 0, 36_000, 600_00, 0));
                }
                rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, "ACME", "EUR", ym), 36_000L * people, 36_000L * people,
                        500_00L * people, 600_00L * people, 10L * people, 0, 36_000L * people, 600_00L * people, 0));
            }
            kit.rollups.addToRollups(rollups);
            HintFactsReader reader = kit.rateCard.app.bean(HintFactsReader.class);
            assertEquals(12 * people, reader.read(TODAY).work().size());
            return statementsFor(kit.rateCard.database, () -> reader.read(TODAY));
        }
    }

    private static int statementsFor(TestDatabase database, Runnable read) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            read.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }
}
