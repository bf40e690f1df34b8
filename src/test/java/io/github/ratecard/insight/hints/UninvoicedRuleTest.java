package io.github.ratecard.insight.hints;

import static io.github.ratecard.insight.hints.Facts.facts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

public class UninvoicedRuleTest {

    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private final UninvoicedRule target = new UninvoicedRule();

    @Test
    public void billedMonthWithoutInvoiceAfterTheDays_shouldBeFoundWithItsBillAtStake() {
        List<Finding> found = target.evaluate(facts().accountMonth("ACME", APRIL, 36000, 36000, 36000, 900_00).build());

        assertEquals(1, found.size());
        assertEquals(900_00, found.get(0).atStake().minorUnits());
        assertEquals("46", found.get(0).figures().get(3).value()); // 30 April to 15 June
    }

    @Test
    public void monthEndedWithinTheDays_shouldNotBeFoundYet() {
        assertTrue(target.evaluate(facts().accountMonth("ACME", MAY, 36000, 36000, 36000, 900_00).build()).isEmpty());
    }

    @Test
    public void monthCoveredByAnIssuedInvoice_shouldNotBeFound() {
        HintFacts facts = facts().accountMonth("ACME", APRIL, 36000, 36000, 36000, 900_00)
                .invoiced("ACME", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)).build();

        assertTrue(target.evaluate(facts).isEmpty());
    }

    @Test
    public void anotherAccountsInvoice_shouldNotCoverTheMonth() {
        HintFacts facts = facts().accountMonth("ACME", APRIL, 36000, 36000, 36000, 900_00)
                .invoiced("GLOBEX", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)).build();

        assertEquals(1, target.evaluate(facts).size());
    }
}
