package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.JUNE;
import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class BelowCostRuleTest {

    private final BelowCostRule target = new BelowCostRule();

    @Test
    public void billedHoursEarningLessThanTheyCost_shouldBeFoundWithTheLossAtStake() {
        // 10 h worked cost 500.00 (50.00/h); 8 h billed at 40.00/h = 320.00; the billed hours cost 400.00
        List<Finding> found = target.evaluate(facts().work(10, "bob", "ACME", JUNE, 10, 8, 500_00, 320_00).build());

        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals("account:ACME|user:bob", finding.subject());
        assertEquals(80_00, finding.atStake().minorUnits());
        assertEquals("4000", finding.figures().get(2).value());
        assertEquals("5000", finding.figures().get(3).value());
    }

    @Test
    public void billRateAboveLabourCostButBelowLoadedCost_shouldBeFound() {
        // 10 h cost 500.00 + 20 % overhead = 600.00 (60.00/h); 8 h billed 440.00 (55.00/h); the billed hours cost 480.00
        List<Finding> found = target.evaluate(facts().work(10, "bob", "ACME", JUNE, 10, 8, 500_00, 440_00).overhead(10, "ACME", "20").build());

        assertEquals(40_00, found.get(0).atStake().minorUnits());
        assertEquals("6000", found.get(0).figures().get(3).value());
    }

    @Test
    public void billRateAboveCostRate_shouldFindNothing() {
        assertTrue(target.evaluate(facts().work(10, "bob", "ACME", JUNE, 10, 8, 500_00, 480_00).build()).isEmpty());
    }

    @Test
    public void workBilledInAnotherCurrency_shouldNotBeCompared() {
        HintFacts.WorkMonth usd = new HintFacts.WorkMonth(10, "bob", "ACME", "USD", JUNE, 36000, 28800, 28800, 500_00, 100_00, 1, 0);
        HintFacts facts = facts().person(usd).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void workOlderThanThreeMonths_shouldNotCount() {
        assertTrue(target.evaluate(facts().work(10, "bob", "ACME", JUNE.minusMonths(3), 10, 8, 500_00, 320_00).build()).isEmpty());
    }
}
