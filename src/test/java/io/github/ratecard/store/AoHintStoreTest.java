package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.insight.hints.DigestSubscriptions;
import io.github.ratecard.insight.hints.Dismissal;
import io.github.ratecard.insight.hints.Evidence;
import io.github.ratecard.insight.hints.Figure;
import io.github.ratecard.insight.hints.Finding;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintEngine;
import io.github.ratecard.insight.hints.HintReconciler;
import io.github.ratecard.insight.hints.HintRuns;
import io.github.ratecard.insight.hints.HintState;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** Hints, their runs and the digest's subscribers on a real database. */
public class AoHintStoreTest {

    private static final Instant AT = Instant.parse("2026-06-15T03:00:00Z");
    private static final Finding FINDING = new Finding("below-cost", "account:ACME|user:bob", "ACME", Set.of(10L, 12L),
            List.of(Figure.user("bob"), Figure.money(Money.parse("40.00", "EUR")), Figure.seconds(3600)), Money.parse("80.00", "EUR"), 8000,
            List.of(Evidence.entries(10, "ACME", "bob", YearMonth.of(2026, 6)), Evidence.budget(4, null)));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoHintStore target = new AoHintStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void savedHint_shouldReadBackWithItsFiguresAndEvidence() {
        target.save(new Hint(0, FINDING, HintState.OPEN, AT, AT, Optional.empty()));

        Hint stored = target.all().get(0);

        assertEquals(FINDING, stored.finding());
        assertEquals(HintState.OPEN, stored.state());
        assertEquals(AT, stored.firstSeen());
        assertEquals(stored, target.hint(stored.id()).orElseThrow());
    }

    @Test
    public void dismissedHint_shouldKeepItsIdAndDismissal() {
        target.save(new Hint(0, FINDING, HintState.OPEN, AT, AT, Optional.empty()));
        long id = target.all().get(0).id();
        Dismissal dismissal = new Dismissal("fin", AT.plusSeconds(60), "Agreed discount", 8000);

        assertTrue(target.changeState(id, HintState.OPEN, HintState.DISMISSED, Optional.of(dismissal)));

        assertEquals(1, target.all().size());
        assertEquals(HintState.DISMISSED, target.hint(id).orElseThrow().state());
        assertEquals(Optional.of(dismissal), target.hint(id).orElseThrow().dismissal());
    }

    @Test
    public void stateChange_shouldBeRefusedWhenTheHintIsNoLongerInTheStateItWasDecidedFrom() {
        target.save(new Hint(0, FINDING, HintState.OPEN, AT, AT, Optional.empty()));
        long id = target.all().get(0).id();
        Dismissal dismissal = new Dismissal("fin", AT.plusSeconds(60), "Agreed discount", 8000);
        target.changeState(id, HintState.OPEN, HintState.DISMISSED, Optional.of(dismissal));

        assertFalse(target.changeState(id, HintState.OPEN, HintState.RESOLVED, Optional.empty()));

        assertEquals(Optional.of(dismissal), target.hint(id).orElseThrow().dismissal());
    }

    @Test
    public void refresh_shouldTakeTheNewFiguresAndLeaveStateAndDismissal() {
        target.save(new Hint(0, FINDING, HintState.OPEN, AT, AT, Optional.empty()));
        long id = target.all().get(0).id();
        Dismissal dismissal = new Dismissal("fin", AT.plusSeconds(60), "Agreed discount", 8000);
        target.changeState(id, HintState.OPEN, HintState.DISMISSED, Optional.of(dismissal));
        Finding grown = new Finding(FINDING.ruleId(), FINDING.subject(), "ACME", Set.of(10L), List.of(), Money.parse("90.00", "EUR"), 9000,
                List.of());

        target.refresh(id, grown, AT.plusSeconds(86_400));

        Hint stored = target.hint(id).orElseThrow();
        assertEquals(grown, stored.finding());
        assertEquals(AT.plusSeconds(86_400), stored.lastSeen());
        assertEquals(HintState.DISMISSED, stored.state());
        assertEquals(Optional.of(dismissal), stored.dismissal());
    }

    @Test
    public void savedTogether_shouldReadBackAsSavedOneByOne() {
        Finding other = new Finding("uninvoiced", "account:ACME|month:2026-05|currency:EUR", "ACME", Set.of(10L), List.of(), null, 5, List.of());

        target.saveAll(List.of(new Hint(0, FINDING, HintState.OPEN, AT, AT, Optional.empty()),
                new Hint(0, other, HintState.OPEN, AT, AT, Optional.empty())));

        assertEquals(List.of(FINDING, other), target.all().stream().map(Hint::finding).toList());
    }

    @Test
    public void refreshOfManyHints_shouldReadTheirRowsOnceAndUpdateEachOnce() {
        List<Hint> hints = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            hints.add(new Hint(0, finding("account:A" + i, 100), HintState.OPEN, AT, AT, Optional.empty()));
        }
        target.saveAll(hints);
        List<HintReconciler.Refresh> found = target.all().stream()
                .map(hint -> new HintReconciler.Refresh(hint.id(), finding(hint.finding().subject(), hint.id() % 2 == 0 ? 100 : 150))).toList();

        int statements = statements(() -> target.refresh(found, AT.plusSeconds(86_400)));

        assertEquals(1 + found.size(), statements);
        for (Hint stored : target.all()) {
            assertEquals(stored.id() % 2 == 0 ? 100 : 150, stored.finding().magnitude());
            assertEquals(AT.plusSeconds(86_400), stored.lastSeen());
        }
    }

    @Test
    public void refreshOfAHintGoneMeanwhile_shouldLeaveItOut() {
        target.save(new Hint(0, FINDING, HintState.OPEN, AT, AT, Optional.empty()));
        long id = target.all().get(0).id();

        target.refresh(List.of(new HintReconciler.Refresh(id + 1, FINDING), new HintReconciler.Refresh(id, FINDING)), AT.plusSeconds(60));

        assertEquals(List.of(AT.plusSeconds(60)), target.all().stream().map(Hint::lastSeen).toList());
    }

    private static Finding finding(String subject, long magnitude) {
        return new Finding("rounding-leakage", subject, "ACME", Set.of(10L), List.of(Figure.seconds(magnitude)), null, magnitude, List.of());
    }

    private int statements(Runnable work) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        net.java.ao.DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            work.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }

    @Test
    public void unknownId_shouldFindNothing() {
        assertTrue(target.hint(99).isEmpty());
        assertTrue(target.hint(-1).isEmpty());
    }

    @Test
    public void requestedRun_shouldWaitUntilARunFinishesIt() {
        AoHintRuns runs = new AoHintRuns(database.activeObjects());
        runs.request("fin", AT);
        runs.request("other", AT.plusSeconds(1));

        assertTrue(runs.latest().orElseThrow().finishedAt().isEmpty());
        assertEquals(Optional.of("fin"), runs.latest().orElseThrow().requestedBy());

        runs.finished(AT.plusSeconds(5), List.of(new HintEngine.RuleFailure("capacity-imbalance", "no calendar")), 7);

        HintRuns.Run latest = runs.latest().orElseThrow();
        assertEquals(Optional.of(AT.plusSeconds(5)), latest.finishedAt());
        assertEquals(7, latest.found());
        assertEquals("capacity-imbalance", latest.failures().get(0).ruleId());
    }

    @Test
    public void subscriber_shouldBeListedOnceAndRemovedWhenUnsubscribing() {
        AoDigestSubscriptions subscriptions = new AoDigestSubscriptions(database.activeObjects());
        subscriptions.subscribe("lead", false, AT);
        subscriptions.subscribe("lead", true, AT.plusSeconds(9));
        subscriptions.sent("lead", AT.plusSeconds(60));

        DigestSubscriptions.Subscription lead = subscriptions.of("lead").orElseThrow();
        assertTrue(lead.finance());
        assertEquals(AT, lead.since());
        assertEquals(Optional.of(AT.plusSeconds(60)), lead.lastSent());
        assertEquals(1, subscriptions.all().size());

        subscriptions.unsubscribe("lead");

        assertFalse(subscriptions.of("lead").isPresent());
    }
}
