package io.github.ratecard.billing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

/** What a worklog override and the Billable field accept; every refusal names its field. */
public class WorklogOverrideTest {

    @Test
    public void override_shouldNeedAReason() {
        assertEquals("reason", refused(() -> requested(true, null, null, "  ")));
    }

    @Test
    public void override_shouldNeedSomethingToCorrect() {
        assertEquals("billable", refused(() -> requested(null, null, " ", "Because")));
    }

    @Test
    public void override_shouldRefuseNegativeOrAbsurdBilledTime() {
        assertEquals("billedSeconds", refused(() -> requested(null, -60L, null, "Because")));
        assertEquals("billedSeconds", refused(() -> requested(null, InputLimits.BILLED_SECONDS + 1, null, "Because")));
    }

    @Test
    public void override_shouldRefuseBilledTimeOnWorkItMakesNonBillable() {
        assertEquals("billedSeconds", refused(() -> requested(false, 1800L, null, "Because")));
    }

    @Test
    public void override_shouldRefuseAnOverlongReason() {
        assertEquals("reason", refused(() -> requested(true, null, null, "x".repeat(InputLimits.OVERRIDE_REASON + 1))));
    }

    @Test
    public void override_shouldKeepTheTrimmedReasonAndAccount() {
        WorklogOverride override = requested(null, null, " GLOBEX ", "  Billed to the sister company ");

        assertEquals("GLOBEX", override.accountKey());
        assertEquals("Billed to the sister company", override.reason());
    }

    @Test
    public void billableField_shouldReadLabelsAndNamesInAnyCase() {
        assertEquals(Optional.of(BillableChoice.NON_BILLABLE), BillableChoice.parse("non-billable", "billable"));
        assertEquals(Optional.of(BillableChoice.BILLABLE), BillableChoice.parse("BILLABLE", "billable"));
        assertEquals(Optional.empty(), BillableChoice.parse(" ", "billable"));
        assertEquals("billable", refused(() -> BillableChoice.parse("sometimes", "billable")));
    }

    private static WorklogOverride requested(Boolean billable, Long billedSeconds, String accountKey, String reason) {
        return WorklogOverride.requested(7, billable, billedSeconds, accountKey, reason, "lead", Instant.EPOCH);
    }

    private static String refused(org.junit.function.ThrowingRunnable call) {
        return assertThrows(InvalidInputException.class, call).field();
    }
}
