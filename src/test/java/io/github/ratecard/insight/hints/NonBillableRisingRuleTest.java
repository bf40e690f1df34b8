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

public class NonBillableRisingRuleTest {

    private final NonBillableRisingRule target = new NonBillableRisingRule();

    /** March to May: 300 h worked, 30 h non-billable (10 %); 270 h billed for 27,000.00 (100.00/h). */
    private static Facts threeSteadyMonths(String account) {
        Facts facts = facts();
        for (int back = 1; back <= 3; back++) {
            facts.accountMonth(account, JUNE.minusMonths(back), 100 * HOUR, 90 * HOUR, 90 * HOUR, 9000_00);
        }
        return facts;
    }

    @Test
    public void shareTwentyPointsAboveTheThreeMonthsBefore_shouldBeFoundWithTheExtraTimeAtTheBillRate() {
        // June: 50 h worked, 15 h non-billable (30 %), 35 h billed for 3,500.00: 20 points up = 10 h extra, at 100.00/h
        HintFacts facts = threeSteadyMonths("ACME").billable("ACME").accountMonth("ACME", JUNE, 50 * HOUR, 35 * HOUR, 35 * HOUR, 3500_00).build();

        List<Finding> found = target.evaluate(facts);

        assertEquals(1, found.size());
        assertEquals("30.0", found.get(0).figures().get(1).value());
        assertEquals("10.0", found.get(0).figures().get(2).value());
        assertEquals(10 * HOUR, found.get(0).magnitude());
        assertEquals(1000_00, found.get(0).atStake().minorUnits());
    }

    @Test
    public void valuedMonths_shouldPriceTheExtraTimeAtTheValueOfAWorkedHour() {
        // as above, but every entry has a value at bill rates: 120.00 per worked hour, non-billable time included
        Facts facts = facts();
        for (int back = 1; back <= 3; back++) {
            facts.valuedAccountMonth("ACME", JUNE.minusMonths(back), 100 * HOUR, 90 * HOUR, 90 * HOUR, 9000_00, 12000_00);
        }
        facts.billable("ACME").valuedAccountMonth("ACME", JUNE, 50 * HOUR, 35 * HOUR, 35 * HOUR, 3500_00, 6000_00);

        List<Finding> found = target.evaluate(facts.build());

        assertEquals(1, found.size());
        assertEquals(1200_00, found.get(0).atStake().minorUnits());
    }

    @Test
    public void oneMonthWithAnEntryWithoutValue_shouldPriceAtTheBillPerBilledHour() {
        Facts facts = facts();
        for (int back = 1; back <= 2; back++) {
            facts.valuedAccountMonth("ACME", JUNE.minusMonths(back), 100 * HOUR, 90 * HOUR, 90 * HOUR, 9000_00, 12000_00);
        }
        facts.accountMonth("ACME", JUNE.minusMonths(3), 100 * HOUR, 90 * HOUR, 90 * HOUR, 9000_00);
        facts.billable("ACME").valuedAccountMonth("ACME", JUNE, 50 * HOUR, 35 * HOUR, 35 * HOUR, 3500_00, 6000_00);

        List<Finding> found = target.evaluate(facts.build());

        assertEquals(1000_00, found.get(0).atStake().minorUnits());
    }

    @Test
    public void shareRisingLessThanTenPoints_shouldFindNothing() {
        HintFacts facts = threeSteadyMonths("ACME").billable("ACME").accountMonth("ACME", JUNE, 50 * HOUR, 41 * HOUR, 41 * HOUR, 4100_00).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void internalAccount_shouldNotBeChecked() {
        HintFacts facts = threeSteadyMonths("OPS").account("OPS", AccountCategory.INTERNAL, BilledTimeRule.EXACT_MINUTES)
                .accountMonth("OPS", JUNE, 50 * HOUR, 0, 0, 0).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }
}
