package io.github.ratecard.insight.hints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class HintReconcilerTest {

    private static final Instant MONDAY = Instant.parse("2026-06-15T03:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    private static Finding finding(String subject, long magnitude) {
        return new Finding("uninvoiced", subject, "ACME", Set.of(10L), List.of(), null, magnitude, List.of());
    }

    private static Hint dismissed(long magnitudeThen) {
        return new Hint(5, finding("a", magnitudeThen), HintState.DISMISSED, MONDAY, MONDAY,
                Optional.of(new Dismissal("fin", MONDAY, "Invoiced by hand", magnitudeThen)));
    }

    @Test
    public void newFinding_shouldOpenANewHint() {
        HintReconciler.Plan plan = HintReconciler.reconcile(List.of(), List.of(finding("a", 100)), MONDAY);

        assertEquals(1, plan.opened().size());
        assertEquals(0, plan.opened().get(0).id());
        assertEquals(HintState.OPEN, plan.opened().get(0).state());
    }

    @Test
    public void dismissedHintGrowingByAQuarter_shouldStayDismissedWithTheNewFigures() {
        HintReconciler.Plan plan = HintReconciler.reconcile(List.of(dismissed(100)), List.of(finding("a", 125)), TUESDAY);

        assertEquals(List.of(), plan.stateChanges());
        assertEquals(5, plan.refreshed().get(0).id());
        assertEquals(125, plan.refreshed().get(0).finding().magnitude());
    }

    @Test
    public void dismissedHintGrowingPastAQuarter_shouldOpenAgainIfStillDismissed() {
        HintReconciler.Plan plan = HintReconciler.reconcile(List.of(dismissed(100)), List.of(finding("a", 126)), TUESDAY);

        assertEquals(List.of(new HintReconciler.StateChange(5, HintState.DISMISSED, HintState.OPEN)), plan.stateChanges());
    }

    @Test
    public void openHintNoLongerFound_shouldBeResolvedIfStillOpen() {
        Hint open = new Hint(6, finding("b", 10), HintState.OPEN, MONDAY, MONDAY, Optional.empty());

        HintReconciler.Plan plan = HintReconciler.reconcile(List.of(open), List.of(), TUESDAY);

        assertEquals(List.of(new HintReconciler.StateChange(6, HintState.OPEN, HintState.RESOLVED)), plan.stateChanges());
        assertTrue(plan.refreshed().isEmpty());
    }

    @Test
    public void resolvedHintFoundAgain_shouldOpenAndTakeTheNewFinding() {
        Hint resolved = new Hint(6, finding("b", 10), HintState.RESOLVED, MONDAY, MONDAY, Optional.empty());

        HintReconciler.Plan plan = HintReconciler.reconcile(List.of(resolved), List.of(finding("b", 12)), TUESDAY);

        assertEquals(List.of(new HintReconciler.StateChange(6, HintState.RESOLVED, HintState.OPEN)), plan.stateChanges());
        assertEquals(new HintReconciler.Refresh(6, finding("b", 12)), plan.refreshed().get(0));
        assertEquals(TUESDAY, plan.seen());
    }
}
