package io.github.ratecard.insight.hints;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.store.InvoiceEntity;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/**
 * Reading a run's facts costs the same number of SQL statements for a ledger of 10 people's months as
 * for ten times as many, and for 3 accounts (each with its projects' links and issued invoices) as for
 * ten times as many: the rules read rollups of every account and project at once, never the ledger's entries.
 */
public class HintQueryCountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    public void factsOfATenTimesLargerLedger_shouldTakeTheSameStatements() {
        assertEquals(statementsWith(10, 3), statementsWith(100, 3));
    }

    @Test
    public void factsOfTenTimesAsManyAccounts_shouldTakeTheSameStatements() {
        assertEquals(statementsWith(10, 3), statementsWith(10, 30));
    }

    @Test
    public void facts_shouldTakeAHandfulOfStatements() {
        int statements = statementsWith(10, 3);

        assertTrue("was " + statements, statements > 0 && statements <= 20);
    }

    /**
     * {@code people} working each month of the last year on ACME's project, each for one of {@code accounts} accounts linked to it,
     * and on GLX's project, linked to no account; each account with an issued invoice.
     */
    private static int statementsWith(int people, int accounts) {
        try (BudgetKit kit = new BudgetKit()) {
            List<String> keys = new ArrayList<>();
            for (int a = 0; a < accounts; a++) {
                String key = "AC" + a;
                keys.add(key);
                kit.rateCard.accountService.create(account(key, "EUR"));
                kit.rateCard.accountService.link("ACME", key, a == 0);
                issuedInvoice(kit, key, YearMonth.from(TODAY).minusMonths(2));
            }
            List<Rollup> rollups = new ArrayList<>();
            for (int month = 0; month < 12; month++) {
                YearMonth ym = YearMonth.from(TODAY).minusMonths(month);
                for (int p = 0; p < people; p++) {
                    String key = keys.get(p % accounts);
                    rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, RateCardKit.ACME_PROJECT.id(), "user" + p, key, "EUR", ym),
                            36_000, 36_000, 500_00, 600_00, 10, 0, 36_000, 600_00, 0));
                    rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, RateCardKit.GLX_PROJECT.id(), "user" + p, null, null, ym),
                            7_200, 0, 100_00, 0, 2, 0, 0, 0, 2));
                    rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, "user" + p, null, "EUR", ym),
                            36_000, 36_000, 500_00, 600_00, 10, 0, 36_000, 600_00, 0));
                    rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, "user" + p, null, null, ym), 7_200, 0, 100_00, 0, 2, 0, 0, 0, 2));
                }
                for (String key : keys) {
                    rollups.add(new Rollup(new Rollup.Key(Rollup.Kind.ACCOUNT, null, null, key, "EUR", ym), 36_000L * people, 36_000L * people,
                            500_00L * people, 600_00L * people, 10L * people, 0, 36_000L * people, 600_00L * people, 0));
                }
            }
            kit.rollups.addToRollups(rollups);
            HintFactsReader reader = kit.rateCard.app.bean(HintFactsReader.class);
            HintFacts facts = reader.read(TODAY);
            assertEquals(HintFacts.WORK_MONTHS * people, facts.work().size());
            assertEquals(accounts, facts.invoiced().size());
            assertEquals(43_200, facts.loggedSeconds("user0", YearMonth.from(TODAY).minusMonths(1)));
            return statementsFor(kit.rateCard.database, () -> reader.read(TODAY));
        }
    }

    private static void issuedInvoice(BudgetKit kit, String accountKey, YearMonth month) {
        Map<String, Object> row = new HashMap<>();
        row.put(InvoiceEntity.KIND, InvoiceKind.INVOICE.name());
        row.put(InvoiceEntity.STATUS, InvoiceStatus.ISSUED.name());
        row.put(InvoiceEntity.ACCOUNT_KEY, accountKey);
        row.put(InvoiceEntity.FIRST_DAY, month.atDay(1).toEpochDay());
        row.put(InvoiceEntity.LAST_DAY, month.atEndOfMonth().toEpochDay());
        row.put(InvoiceEntity.LINE_GROUPING, LineGrouping.ISSUE.name());
        row.put(InvoiceEntity.CURRENCY, "EUR");
        row.put(InvoiceEntity.TAX_BP, 0);
        row.put(InvoiceEntity.CREATED_BY, "fiona");
        kit.rateCard.database.activeObjects().create(InvoiceEntity.class, row);
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
