package io.github.ratecard.insight.hints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.store.AoHintRuns;
import io.github.ratecard.store.AoHintStore;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.After;
import org.junit.Test;

/** The daily evaluation on a real database: when it is due, what it stores, and what a failing rule leaves alone. */
public class HintJobTest {

    private static final Instant MONDAY = Instant.parse("2026-06-15T03:00:00Z");
    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoHintStore store = new AoHintStore(database.activeObjects());
    private final AoHintRuns runs = new AoHintRuns(database.activeObjects());
    private final AtomicBoolean budgetRuleFails = new AtomicBoolean();
    private final AtomicBoolean budgetOverruns = new AtomicBoolean(true);
    private final List<String> reported = new ArrayList<>();

    @After
    public void tearDown() {
        database.close();
    }

    private HintJob at(Instant now) {
        return at(now, store);
    }

    private HintJob at(Instant now, HintStore store) {
        HintRule budgets = new HintRule() {
            @Override
            public String id() {
                return BudgetOverrunRule.ID;
            }

            @Override
            public List<Finding> evaluate(HintFacts facts) {
                if (budgetRuleFails.get()) {
                    throw new IllegalStateException("budget store unreachable");
                }
                return new BudgetOverrunRule().evaluate(facts);
            }
        };
        HintEngine engine = new HintEngine(List.of(budgets, new UninvoicedRule()));
        return new HintJob(today -> (budgetOverruns.get() ? Facts.facts().budget(1, "100.00", "150.00") : Facts.facts())
                .accountMonth("ACME", Facts.JUNE.minusMonths(2), 3600, 3600, 3600, 100_00).build(), engine, store, runs, settings(),
                new AoTransactions(database.activeObjects()), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The stored hints, with {@code meanwhile} done in another transaction right after the run has read them. */
    private HintStore readingThen(Runnable meanwhile) {
        return new HintStore() {
            @Override
            public List<Hint> all() {
                List<Hint> read = store.all();
                Thread other = new Thread(meanwhile);
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return read;
            }

            @Override
            public java.util.Optional<Hint> hint(long id) {
                return store.hint(id);
            }

            @Override
            public void save(Hint hint) {
                store.save(hint);
            }

            @Override
            public void saveAll(List<Hint> hints) {
                store.saveAll(hints);
            }

            @Override
            public void refresh(List<HintReconciler.Refresh> found, Instant lastSeen) {
                store.refresh(found, lastSeen);
            }

            @Override
            public boolean changeState(long id, HintState from, HintState to, java.util.Optional<Dismissal> dismissal) {
                return store.changeState(id, from, to, dismissal);
            }
        };
    }

    private Runnable dismissBudgetHint() {
        long id = store.all().stream().filter(hint -> hint.finding().ruleId().equals(BudgetOverrunRule.ID)).findFirst().orElseThrow().id();
        Clock clock = Clock.fixed(MONDAY.plusSeconds(3600), ZoneOffset.UTC);
        HintService service = new HintService(store, runs, new io.github.ratecard.store.AoHintSettings(database.activeObjects()),
                new io.github.ratecard.store.AoDigestSubscriptions(database.activeObjects()), Roles.finance(),
                new io.github.ratecard.store.AoAuditLog(database.activeObjects(), Roles.finance(), clock), new AoTransactions(database.activeObjects()),
                clock);
        return () -> service.dismiss(id, "Agreed with the client");
    }

    private Hint budgetHint() {
        return store.all().stream().filter(hint -> hint.finding().ruleId().equals(BudgetOverrunRule.ID)).findFirst().orElseThrow();
    }

    private ReportingSettings settings() {
        return new io.github.ratecard.store.AoSettings(database.activeObjects(), () -> ZoneOffset.UTC);
    }

    @Test
    public void firstRun_shouldStoreEveryFindingAsAnOpenHint() {
        assertTrue(at(MONDAY).runIfDue((item, e) -> reported.add(item)));

        assertEquals(2, store.all().size());
        assertTrue(store.all().stream().allMatch(hint -> hint.state() == HintState.OPEN));
        assertEquals(2, runs.latest().orElseThrow().found());
    }

    @Test
    public void runWithinADay_shouldNotBeDueUnlessAsked() {
        at(MONDAY).runIfDue((item, e) -> reported.add(item));

        assertFalse(at(MONDAY.plusSeconds(3600)).isDue());
        runs.request("fin", MONDAY.plusSeconds(3600));
        assertTrue(at(MONDAY.plusSeconds(3600)).isDue());
        assertTrue(at(MONDAY.plusSeconds(86_400)).isDue());
    }

    @Test
    public void failingRule_shouldBeReportedAndKeepItsHintsWhileTheOthersRun() {
        at(MONDAY).run((item, e) -> reported.add(item));
        budgetRuleFails.set(true);

        at(MONDAY.plusSeconds(86_400)).run((item, e) -> reported.add(item));

        assertEquals(List.of("hint rule budget-overrun"), reported);
        assertTrue(store.all().stream().allMatch(hint -> hint.state() == HintState.OPEN));
        assertEquals(BudgetOverrunRule.ID, runs.latest().orElseThrow().failures().get(0).ruleId());
    }

    @Test
    public void dismissalWhileTheRunWorks_shouldStayDismissedAndTakeTheNewFigures() {
        at(MONDAY).run((item, e) -> reported.add(item));

        at(MONDAY.plusSeconds(86_400), readingThen(dismissBudgetHint())).run((item, e) -> reported.add(item));

        assertEquals(HintState.DISMISSED, budgetHint().state());
        assertEquals("Agreed with the client", budgetHint().dismissal().orElseThrow().reason());
        assertEquals(MONDAY.plusSeconds(86_400), budgetHint().lastSeen());
    }

    @Test
    public void dismissalWhileTheRunResolvesTheHint_shouldStayDismissed() {
        at(MONDAY).run((item, e) -> reported.add(item));
        budgetOverruns.set(false);

        at(MONDAY.plusSeconds(86_400), readingThen(dismissBudgetHint())).run((item, e) -> reported.add(item));

        assertEquals(HintState.DISMISSED, budgetHint().state());
        assertEquals("Agreed with the client", budgetHint().dismissal().orElseThrow().reason());
    }

    @Test
    public void secondRun_shouldKeepEachHintsIdentity() {
        at(MONDAY).run((item, e) -> reported.add(item));
        List<Long> ids = store.all().stream().map(Hint::id).toList();

        at(MONDAY.plusSeconds(86_400)).run((item, e) -> reported.add(item));

        assertEquals(ids, store.all().stream().map(Hint::id).toList());
    }
}
