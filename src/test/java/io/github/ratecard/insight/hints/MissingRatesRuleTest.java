package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.JUNE;
import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class MissingRatesRuleTest {

    private final MissingRatesRule target = new MissingRatesRule();

    @Test
    public void unpricedEntriesOfAProjectsAccount_shouldBeCountedAcrossMonths() {
        List<Finding> found = target.evaluate(facts().unpriced(10, "ACME", JUNE, 3).unpriced(10, "ACME", JUNE.minusMonths(1), 2).build());

        assertEquals(1, found.size());
        assertEquals("5", found.get(0).figures().get(0).value());
        assertEquals(5, found.get(0).magnitude());
        assertNull(found.get(0).atStake());
    }

    @Test
    public void pricedWork_shouldFindNothing() {
        assertTrue(target.evaluate(facts().work(10, "bob", "ACME", JUNE, 10, 8, 500_00, 800_00).build()).isEmpty());
    }
}
