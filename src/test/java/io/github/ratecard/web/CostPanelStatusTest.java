package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.ratecard.ledger.PricingStatus;
import org.junit.Test;

/** Which pricing problem a panel row shows, and to whom. */
public class CostPanelStatusTest {

    @Test
    public void pricedRow_shouldShowNoProblem() {
        assertNull(CostPanel.statusKey(PricingStatus.PRICED, true));
    }

    @Test
    public void missingBillRateAndNoAccount_shouldShowToEveryone() {
        assertEquals("ratecard.panel.missingRate", CostPanel.statusKey(PricingStatus.MISSING_BILL_RATE, false));
        assertEquals("ratecard.panel.noAccountBadge", CostPanel.statusKey(PricingStatus.NO_ACCOUNT, false));
    }

    @Test
    public void missingCostRate_shouldShowOnlyToThoseWhoSeeCosts() {
        assertEquals("ratecard.panel.missingCostRate", CostPanel.statusKey(PricingStatus.MISSING_COST_RATE, true));
        assertNull(CostPanel.statusKey(PricingStatus.MISSING_COST_RATE, false));
    }
}
