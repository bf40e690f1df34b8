package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.testing.kits.RateCardKit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.After;
import org.junit.Test;

/** Rows by account are named from the accounts read once, whatever the number of accounts named. */
public class MarginLabelsTest {

    private final RateCardKit kit = new RateCardKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void namingAccounts_shouldCostTheSameStatementsForThreeAccountsAsForThirty() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String key = String.format("A%02d", i);
            kit.accountService.create(RateCardKit.account(key, "EUR"));
            keys.add(key);
        }

        int three = statementsToName(keys.subList(0, 3));
        int thirty = statementsToName(keys);

        assertEquals(three, thirty);
    }

    @Test
    public void anAccount_shouldBeNamedByItsNameAndAnUnknownKeyByItself() {
        kit.accountService.create(RateCardKit.account("ACME", "EUR"));
        MarginLabels labels = new MarginLabels(kit.projects, kit.users, kit.accounts);

        assertEquals("ACME Ltd", labels.apply(MarginGrouping.ACCOUNT, "ACME"));
        assertEquals("GONE", labels.apply(MarginGrouping.ACCOUNT, "GONE"));
    }

    private int statementsToName(List<String> keys) {
        MarginLabels labels = new MarginLabels(kit.projects, kit.users, kit.accounts);
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = kit.database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            keys.forEach(key -> assertEquals(key + " Ltd", labels.apply(MarginGrouping.ACCOUNT, key)));
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }
}
