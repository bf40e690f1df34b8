package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The profitability report's lines by person read by plain JDBC are the lines the same grouped read returns through Active
 * Objects' entities, in the same order, on a generated ledger; on H2 or PostgreSQL.
 */
public class JdbcMarginLinesTest {

    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");
    private static final YearMonth FROM = YearMonth.of(2026, 2);
    private static final YearMonth TO = YearMonth.of(2026, 11);
    private static final List<String> PEOPLE = List.of("ana", "ben", "cleo", "dev", "eli", "fay", "gus");
    private static final List<String> ACCOUNTS = List.of("ACME", "GLX", "ZEN");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final AoMarginSources throughEntities = new AoMarginSources(database.activeObjects());
    private final AoMarginSources target = new AoMarginSources(database.activeObjects(), new TestTransactionalExecutors(database),
            TestDatabase.NAMESPACE);
    private long worklogs;

    @Before
    public void generatedLedger() {
        Random random = new Random(22);
        List<Rollup> contributions = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            String account = random.nextInt(10) == 0 ? null : ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
            String currency = random.nextInt(4) == 0 ? "USD" : "EUR";
            LedgerEntry entry = entry(1 + random.nextInt(4), PEOPLE.get(random.nextInt(PEOPLE.size())), account, day,
                    60L * (1 + random.nextInt(240)), random.nextInt(8) == 0 ? null : currency, random.nextInt(90_000));
            contributions.addAll(Rollup.contributionsOf(entry, 1));
            if (random.nextInt(20) == 0) {
                contributions.addAll(Rollup.contributionsOf(entry, -1));
            }
            if (contributions.size() > 400) {
                rollups.addToRollups(contributions);
                contributions.clear();
            }
        }
        rollups.addToRollups(contributions);
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void linesByPerson_shouldBeTheGroupedReadsLinesInItsOrder() {
        List<Rollup> expected = throughEntities.work(FROM, TO, true, null);

        List<Rollup> read = target.work(FROM, TO, true, null);

        assertFalse(expected.isEmpty());
        assertEquals(expected, read);
    }

    @Test
    public void linesByPersonOfOneAccount_shouldBeTheGroupedReadsLinesOfThatAccount() {
        assertEquals(throughEntities.work(FROM, TO, true, "GLX"), target.work(FROM, TO, true, "GLX"));
    }

    @Test
    public void linesByPerson_shouldBeReadWithoutActiveObjects() {
        assertEquals(0, activeObjectsStatements(() -> target.work(FROM, TO, true, null)));
    }

    @Test
    public void tablesNotFound_shouldReadThroughActiveObjects() {
        AoMarginSources elsewhere = new AoMarginSources(database.activeObjects(), new TestTransactionalExecutors(database),
                "com.example.other");

        assertEquals(throughEntities.work(FROM, TO, true, null), elsewhere.work(FROM, TO, true, null));
    }

    private int activeObjectsStatements(Supplier<?> read) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            read.get();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    private LedgerEntry entry(long projectId, String author, String account, LocalDate day, long seconds, String currency, long billMinor) {
        long id = ++worklogs;
        Money cost = Money.ofMinor(seconds * 3, Currency.getInstance("EUR"));
        Money bill = currency == null ? null : Money.ofMinor(billMinor, Currency.getInstance(currency));
        return new LedgerEntry(id, 100 + id, projectId, author, AT, day, seconds, seconds - seconds % 900, currency != null, account,
                currency == null ? null : cost, bill, bill, 1L, 2L, currency == null ? PricingStatus.MISSING_BILL_RATE : PricingStatus.PRICED, AT, AT,
                false);
    }
}
