package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class BudgetOverrunRuleTest {

    private final BudgetOverrunRule target = new BudgetOverrunRule();

    @Test
    public void forecastAboveTheBudget_shouldBeFoundWithTheOverrunAtStake() {
        List<Finding> found = target.evaluate(facts().budget(7, "10000.00", "12500.50").build());

        assertEquals(1, found.size());
        assertEquals(2500_50, found.get(0).atStake().minorUnits());
        assertEquals(Evidence.Kind.BUDGET, found.get(0).evidence().get(0).kind());
    }

    @Test
    public void forecastEqualToTheBudget_shouldFindNothing() {
        assertTrue(target.evaluate(facts().budget(7, "10000.00", "10000.00").build()).isEmpty());
    }
}
