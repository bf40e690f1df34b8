package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.JUNE;
import static io.github.ratecard.insight.hints.Facts.HOUR;
import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

public class CapacityImbalanceRuleTest {

    private static final YearMonth MAY = JUNE.minusMonths(1);
    private final CapacityImbalanceRule target = new CapacityImbalanceRule();

    @Test
    public void oneUnderHalfAndOneOverTheTopOnTheSameAccount_shouldBeFoundWithTheSpareTime() {
        // ann logs 60 of 160 h (37.5 %), bob 190 of 160 h (118.8 %)
        HintFacts facts = facts().work(10, "ann", "ACME", MAY, 60, 60, 0, 0).work(10, "bob", "ACME", MAY, 190, 190, 0, 0)
                .expected("ann", MAY, 160).expected("bob", MAY, 160).build();

        List<Finding> found = target.evaluate(facts);

        assertEquals(1, found.size());
        assertEquals("ann", found.get(0).figures().get(2).value());
        assertEquals("bob", found.get(0).figures().get(3).value());
        assertEquals(100 * HOUR, found.get(0).magnitude());
    }

    @Test
    public void timeOnOtherAccounts_shouldCountTowardsAPersonsLoad() {
        HintFacts facts = facts().work(10, "ann", "ACME", MAY, 60, 60, 0, 0).work(11, "ann", "GLOBEX", MAY, 100, 100, 0, 0)
                .work(10, "bob", "ACME", MAY, 190, 190, 0, 0).expected("ann", MAY, 160).expected("bob", MAY, 160).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void timeOnAProjectOfNoOpenAccount_shouldCountTowardsAPersonsLoad() {
        // ann's 60 h on ACME alone would be 37.5 %; with her 100 h on a project linked to no open account she is at 100 %
        HintFacts facts = facts().work(10, "ann", "ACME", MAY, 60, 60, 0, 0).loggedElsewhere("ann", MAY, 100 * HOUR)
                .work(10, "bob", "ACME", MAY, 190, 190, 0, 0).expected("ann", MAY, 160).expected("bob", MAY, 160).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void overCapacityOnlyWithTimeOnAProjectOfNoOpenAccount_shouldBeFound() {
        // bob's 100 h on ACME alone would be 62.5 %; his 90 h elsewhere take him to 118.8 %, over the top
        HintFacts facts = facts().work(10, "ann", "ACME", MAY, 60, 60, 0, 0).work(10, "bob", "ACME", MAY, 100, 100, 0, 0)
                .loggedElsewhere("bob", MAY, 90 * HOUR).expected("ann", MAY, 160).expected("bob", MAY, 160).build();

        List<Finding> found = target.evaluate(facts);

        assertEquals(1, found.size());
        assertEquals("bob", found.get(0).figures().get(3).value());
    }

    @Test
    public void everyoneOverCapacity_shouldFindNothing() {
        HintFacts facts = facts().work(10, "ann", "ACME", MAY, 180, 180, 0, 0).work(10, "bob", "ACME", MAY, 190, 190, 0, 0)
                .expected("ann", MAY, 160).expected("bob", MAY, 160).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }
}
