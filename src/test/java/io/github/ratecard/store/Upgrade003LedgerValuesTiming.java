package io.github.ratecard.store;

import static org.junit.Assume.assumeTrue;

import io.github.ratecard.jira.Upgrade003LedgerValues;
import io.github.ratecard.jira.Upgrade004LedgerValueFill;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * How long model versions 3 and 4 take on a ledger version 2 wrote: {@code mvn -B -o test -Dtest=Upgrade003LedgerValuesTiming
 * -Dratecard.upgrade003.entries=100000 [-Dratecard.db=postgres -Dratecard.db.url=…]}. Not run without the property.
 */
public class Upgrade003LedgerValuesTiming {

    @Test
    public void upgrade_timed() {
        int entries = Integer.getInteger("ratecard.upgrade003.entries", 0);
        assumeTrue("set -Dratecard.upgrade003.entries", entries > 0);
        try (TestDatabase database = TestDatabase.fresh().migrate(Upgrade003LedgerValuesTest.entitiesOfModel2())) {
            long rate = new AoRateStore(database.activeObjects()).insert(new Rate(0, RateScope.account("A0"), HourlyRate.parse("95", "EUR"),
                    EffectivePeriod.from(LocalDate.parse("2020-01-01"))));
            List<LedgerEntry> chunk = new ArrayList<>();
            List<Map<String, Object>> rollups = new ArrayList<>();
            for (int i = 1; i <= entries; i++) {
                boolean rated = i % 4 != 0;
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i % 700);
                String account = "A" + (i % 7);
                LedgerEntry entry = new LedgerEntry(i, 1000 + i / 5, 10 + i % 40, "user" + (i % 60), Instant.parse("2024-01-01T09:00:00Z"),
                        day, 600 + i % 3600, 900, rated, account, Money.parse("1.00", "EUR"), Money.parse(rated ? "10.00" : "0.00", "EUR"), null,
                        3L, rated ? rate : null, PricingStatus.PRICED, Instant.EPOCH, Instant.EPOCH, false);
                chunk.add(entry);
                for (Map<String, Object> row : AoRollupStore.rows(GeneratedLedger.contributionsBeforeModel9(entry, 1))) {
                    row.keySet().removeAll(List.of(RollupEntity.BILLABLE_SECONDS, RollupEntity.VALUE_MINOR, RollupEntity.UNVALUED));
                    row.values().removeIf(java.util.Objects::isNull);
                    rollups.add(row);
                }
                if (chunk.size() == 5_000 || i == entries) {
                    new AoLedgerStore(database.activeObjects()).insertAll(chunk);
                    database.activeObjects().create(RollupEntityModel2.class, rollups);
                    chunk.clear();
                    rollups.clear();
                }
            }
            long start = System.nanoTime();
            new Upgrade003LedgerValues().upgrade(null, database.activeObjects());
            new Upgrade004LedgerValueFill(new TestTransactionalExecutors(database)).upgrade(null, database.activeObjects());
            long first = System.nanoTime() - start;
            start = System.nanoTime();
            new Upgrade004LedgerValueFill(new TestTransactionalExecutors(database)).upgrade(null, database.activeObjects());
            long second = System.nanoTime() - start;
            System.out.printf("UPGRADE003 entries=%d first=%.1f s again=%.1f s rollupRows=%d%n", entries, first / 1e9, second / 1e9,
                    database.activeObjects().count(RollupEntity.class, net.java.ao.Query.select()));
        }
    }
}
