package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.hours;
import static io.github.ratecard.contract.ContractFixtures.month;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.time.Instant;
import org.junit.Test;

public class BalanceAdjustmentTest {

    @Test
    public void adjustment_withoutReason_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> adjustment(hours("2"), "  "));

        assertEquals("reason", refused.field());
    }

    @Test
    public void adjustment_ofNothing_shouldBeRefused() {
        assertEquals("seconds", assertThrows(InvalidInputException.class, () -> adjustment(0, "Goodwill")).field());
    }

    @Test
    public void adjustment_atTheLimit_shouldBeAccepted() {
        assertEquals(-hours("100000"), adjustment(-hours("100000"), "Migration from the old tool").seconds());
    }

    @Test
    public void adjustment_beyondTheLimit_shouldBeRefused() {
        assertEquals("seconds", assertThrows(InvalidInputException.class, () -> adjustment(hours("100000") + 1, "Too much")).field());
    }

    @Test
    public void adjustment_withAReasonTooLong_shouldBeRefused() {
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> adjustment(hours("1"), "x".repeat(256))).field());
    }

    private static BalanceAdjustment adjustment(long seconds, String reason) {
        return BalanceAdjustment.unsaved("ACME", month("2026-05"), seconds, reason, "fin", Instant.EPOCH);
    }
}
