package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.HOUR;
import static io.github.ratecard.insight.hints.Facts.JUNE;
import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.BilledTimeRule;
import java.util.List;
import org.junit.Test;

public class RoundingLeakageRuleTest {

    private static final BilledTimeRule QUARTER_UP = new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0);
    private final RoundingLeakageRule target = new RoundingLeakageRule();

    @Test
    public void billedLessThanBillableOnAnAccountRoundingUp_shouldBeFoundWithTheMissingTimeAtTheBillRate() {
        // 40 h billable, 38 h billed for 3,800.00 (100.00/h): 2 h missing = 200.00
        HintFacts facts = facts().account("ACME", AccountCategory.BILLABLE, QUARTER_UP)
                .accountMonth("ACME", JUNE, 40 * HOUR, 40 * HOUR, 38 * HOUR, 3800_00).build();

        List<Finding> found = target.evaluate(facts);

        assertEquals(1, found.size());
        assertEquals(2 * HOUR, found.get(0).magnitude());
        assertEquals(200_00, found.get(0).atStake().minorUnits());
    }

    @Test
    public void billedMoreThanBillable_shouldFindNothing() {
        HintFacts facts = facts().account("ACME", AccountCategory.BILLABLE, QUARTER_UP)
                .accountMonth("ACME", JUNE, 40 * HOUR, 40 * HOUR, 41 * HOUR, 4100_00).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void accountBillingExactMinutes_shouldNotBeChecked() {
        HintFacts facts = facts().billable("ACME").accountMonth("ACME", JUNE, 40 * HOUR, 40 * HOUR, 38 * HOUR, 3800_00).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }
}
