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
        List<Hint> changed = HintReconciler.reconcile(List.of(), List.of(finding("a", 100)), MONDAY);

        assertEquals(1, changed.size());
        assertEquals(0, changed.get(0).id());
        assertEquals(HintState.OPEN, changed.get(0).state());
    }

    @Test
    public void dismissedHintGrowingByAQuarter_shouldStayDismissed() {
        List<Hint> changed = HintReconciler.reconcile(List.of(dismissed(100)), List.of(finding("a", 125)), TUESDAY);

        assertEquals(HintState.DISMISSED, changed.get(0).state());
        assertEquals(5, changed.get(0).id());
        assertEquals(125, changed.get(0).finding().magnitude());
    }

    @Test
    public void dismissedHintGrowingPastAQuarter_shouldOpenAgain() {
        List<Hint> changed = HintReconciler.reconcile(List.of(dismissed(100)), List.of(finding("a", 126)), TUESDAY);

        assertEquals(HintState.OPEN, changed.get(0).state());
        assertTrue(changed.get(0).dismissal().isEmpty());
    }

    @Test
    public void openHintNoLongerFound_shouldBeResolved() {
        Hint open = new Hint(6, finding("b", 10), HintState.OPEN, MONDAY, MONDAY, Optional.empty());

        List<Hint> changed = HintReconciler.reconcile(List.of(open), List.of(), TUESDAY);

        assertEquals(HintState.RESOLVED, changed.get(0).state());
    }

    @Test
    public void resolvedHintFoundAgain_shouldOpenWithItsFirstSighting() {
        Hint resolved = new Hint(6, finding("b", 10), HintState.RESOLVED, MONDAY, MONDAY, Optional.empty());

        Hint again = HintReconciler.reconcile(List.of(resolved), List.of(finding("b", 10)), TUESDAY).get(0);

        assertEquals(HintState.OPEN, again.state());
        assertEquals(MONDAY, again.firstSeen());
        assertEquals(TUESDAY, again.lastSeen());
    }
}
