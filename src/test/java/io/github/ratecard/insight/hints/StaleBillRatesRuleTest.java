package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.rates.RateScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class StaleBillRatesRuleTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 1);
    private final StaleBillRatesRule target = new StaleBillRatesRule();

    private static Facts costRoseInMarch() {
        return facts().rate(RateScope.level(1), "40.00", LONG_AGO).rate(RateScope.level(1), "46.00", LocalDate.of(2026, 3, 1));
    }

    @Test
    public void billRatesOlderThanAYearWhileACostRateRose_shouldBeFoundWithTheRise() {
        HintFacts facts = costRoseInMarch().billable("ACME").rate(RateScope.account("ACME"), "60.00", LocalDate.of(2025, 5, 1)).build();

        List<Finding> found = target.evaluate(facts);

        assertEquals(1, found.size());
        assertEquals("2025-05-01", found.get(0).figures().get(1).value());
        assertEquals("15.0", found.get(0).figures().get(2).value());
    }

    @Test
    public void billRateChangedWithinTheYear_shouldFindNothing() {
        HintFacts facts = costRoseInMarch().billable("ACME").rate(RateScope.account("ACME"), "60.00", LONG_AGO)
                .rate(RateScope.account("ACME"), "66.00", LocalDate.of(2026, 4, 1)).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void levelsBillRateLeftBehind_shouldBeFoundThoughTheDefaultChanged() {
        HintFacts facts = costRoseInMarch().billable("ACME").rate(RateScope.account("ACME"), "60.00", LONG_AGO)
                .rate(RateScope.account("ACME"), "66.00", LocalDate.of(2026, 4, 1))
                .rate(RateScope.accountLevel("ACME", 2), "80.00", LocalDate.of(2025, 2, 1)).build();

        assertEquals("2025-02-01", target.evaluate(facts).get(0).figures().get(1).value());
    }

    @Test
    public void costRatesThatFell_shouldFindNothing() {
        HintFacts facts = facts().rate(RateScope.level(1), "40.00", LONG_AGO).rate(RateScope.level(1), "38.00", LocalDate.of(2026, 3, 1))
                .billable("ACME").rate(RateScope.account("ACME"), "60.00", LONG_AGO).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }
}
