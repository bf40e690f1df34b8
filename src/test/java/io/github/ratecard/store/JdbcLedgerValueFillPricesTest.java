package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/**
 * The values the database computes for model version 4 are the ones {@link HourlyRate#priceFor} computes, entry by entry:
 * random rates and times in currencies of 0, 2, 3 and 4 minor digits, rounding ties either side of zero, zero, negative
 * time, and times too long for the SQL's 64-bit arithmetic (valued in Java). On H2, or on PostgreSQL with
 * {@code -Dratecard.db=postgres}.
 */
public class JdbcLedgerValueFillPricesTest {

    private static final List<String> CURRENCIES = List.of("JPY", "EUR", "BHD", "CLF");

    private final TestDatabase database = TestDatabase.fresh().migrate(Upgrade003LedgerValuesTest.entitiesOfModel2());
    private final AoRateStore rates = new AoRateStore(database.activeObjects());
    private final Map<Long, HourlyRate> rateById = new HashMap<>();
    private final Map<Long, Long> expected = new TreeMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void everyValue_shouldEqualThePriceJavaComputes() {
        database.activeObjects().migrate(LedgerEntityModel3.class, RollupEntityModel3.class);
        Random random = new Random(20261205);
        for (String currency : CURRENCIES) {
            long divisor = divisor(currency);
            for (int k = 0; k < 3; k++) {
                long tieAtOneSecond = rate(divisor / 2 + k * divisor, currency);
                entry(tieAtOneSecond, 1);
                entry(tieAtOneSecond, -1);
                long tieAtThreeSeconds = rate(divisor / 6 + k * divisor / 3, currency);
                entry(tieAtThreeSeconds, 3);
                entry(tieAtThreeSeconds, -3);
            }
            long highest = rate(10_000_000_000L, currency);
            entry(highest, JdbcLedgerValueFill.MAX_SECONDS);
            entry(highest, -JdbcLedgerValueFill.MAX_SECONDS);
            entry(highest, JdbcLedgerValueFill.MAX_SECONDS + 1);
            entry(highest, 0);
            for (int i = 0; i < 8; i++) {
                long rate = rate(1 + (long) (random.nextDouble() * 2_000_000_000L), currency);
                for (int j = 0; j < 60; j++) {
                    entry(rate, random.nextInt(400_001) - 200_000);
                }
            }
        }
        database.activeObjects().create(LedgerEntityModel3.class, rows);

        LedgerValueFill.Outcome outcome = new JdbcLedgerValueFill(new TestTransactionalExecutors(database), TestDatabase.NAMESPACE, 250)
                .run((item, cause) -> {
                    throw cause;
                }).outcome().orElseThrow();

        assertEquals(expected.size(), outcome.valued());
        assertEquals(expected, stored());
        assertTrue("ties were rounded away from zero", expected.containsValue(1L) && expected.containsValue(-1L));
    }

    private static long divisor(String currency) {
        long divisor = 3600;
        for (int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits(); digits < HourlyRate.MAX_SCALE; digits++) {
            divisor *= 10;
        }
        return divisor;
    }

    private long rate(long tenThousandths, String currency) {
        HourlyRate hourly = HourlyRate.ofTenThousandths(tenThousandths, java.util.Currency.getInstance(currency));
        long id = rates.insert(new Rate(0, RateScope.account("A"), hourly, EffectivePeriod.from(LocalDate.parse("2026-01-01"))));
        rateById.put(id, hourly);
        return id;
    }

    private void entry(long rateId, long seconds) {
        long worklog = rows.size() + 1;
        HourlyRate hourly = rateById.get(rateId);
        Map<String, Object> row = new HashMap<>();
        row.put(LedgerEntity.WORKLOG_ID, worklog);
        row.put(LedgerEntity.ISSUE_ID, 100L);
        row.put(LedgerEntity.PROJECT_ID, 10L);
        row.put(LedgerEntity.AUTHOR_KEY, "ana");
        row.put(LedgerEntity.STARTED_MILLIS, 0L);
        row.put(LedgerEntity.WORK_DAY, LocalDate.parse("2026-10-05").toEpochDay());
        row.put(LedgerEntity.WORKED_SECONDS, seconds);
        row.put(LedgerEntity.BILLED_SECONDS, seconds);
        row.put(LedgerEntity.BILLABLE, true);
        row.put(LedgerEntity.ACCOUNT_KEY, "A");
        row.put(LedgerEntity.BILL_MINOR, 1L);
        row.put(LedgerEntity.BILL_CURRENCY, hourly.currency().getCurrencyCode());
        row.put(LedgerEntity.BILL_RATE_ID, rateId);
        row.put(LedgerEntity.STATUS, "PRICED");
        row.put(LedgerEntity.PRICED_MILLIS, 0L);
        row.put(LedgerEntity.SOURCE_UPDATED_MILLIS, 0L);
        row.put(LedgerEntity.INVOICED, false);
        rows.add(row);
        expected.put(worklog, hourly.priceFor(seconds).minorUnits());
    }

    private Map<Long, Long> stored() {
        Map<Long, Long> values = new TreeMap<>();
        for (LedgerEntityModel3 row : database.activeObjects().find(LedgerEntityModel3.class, Query.select("ID, WORKLOG_ID, VALUE_MINOR"))) {
            values.put(row.getWorklogId(), row.getValueMinor());
        }
        return values;
    }
}
