package io.github.ratecard.jobs;

import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.Budget;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.RollupStore;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoJobStore;
import io.github.ratecard.store.AoRetryQueue;
import io.github.ratecard.store.RollupEntity;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The cluster's background job on a real database: one bad record or one failing step never
 * stops the others, so the rollups are still folded and the budget alerts still sent.
 */
public class BackgroundRunTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final Clock CLOCK = Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC);
    private static final String BEFORE_YEAR_ONE = "-0001-06-01T00:00:00Z";

    private final BudgetKit kit = new BudgetKit();
    private final AoRetryQueue retries = new AoRetryQueue(kit.rateCard.database.activeObjects());
    private final AoJobStore jobs = new AoJobStore(kit.rateCard.database.activeObjects());
    private final StepHealth health = new StepHealth();
    private final LedgerKeeper keeper = new LedgerKeeper(kit.ledger, kit.rollups, kit.pricer, kit.rateCard.transactions, CLOCK);

    @Before
    public void setUp() {
        kit.budgets.create(new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("1000.00", "EUR"), null, PeriodKind.MONTH,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana"));
        kit.spend("2026-11-05", "500.00");
        kit.spend("2026-11-05", "200.00");
        runOn(kit.rollups, new StepHealth());
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void worklogBeforeYearOne_shouldNeitherStopTheFoldingNorTheBudgetAlerts() {
        keeper.handle(saved(1, ACME, "ana", BEFORE_YEAR_ONE, 3600, "2026-11-20T09:00:00Z"));
        kit.spend("2026-11-05", "150.00");

        runOn(kit.rollups);

        assertEquals("Nov 5's rows folded into one", 1, rowsOfDay(LocalDate.parse("2026-11-05")));
        assertEquals(List.of(80), kit.mails.stream().map(mail -> mail.alert().threshold()).toList());
        assertEquals(Map.of(), failures());
    }

    @Test
    public void deletedWorklogBeforeYearOne_shouldLeaveNoRollupBehind() {
        keeper.handle(saved(1, ACME, "ana", BEFORE_YEAR_ONE, 3600, "2026-11-20T09:00:00Z"));
        runOn(kit.rollups);

        keeper.handle(WorklogChange.deleted(1, Instant.parse("2026-11-21T09:00:00Z")));
        runOn(kit.rollups);

        assertEquals(0, kit.rateCard.database.activeObjects().count(RollupEntity.class,
                Query.select().where(RollupEntity.PERIOD_MONTH + " < ?", 0)));
        assertEquals(Map.of(), failures());
    }

    @Test
    public void unreadableRollupRow_shouldBeRecordedAndTheOtherGroupsFolded() {
        kit.rateCard.database.activeObjects().create(RollupEntity.class, Map.of(RollupEntity.KIND, "RETIRED_KIND",
                RollupEntity.PERIOD_MONTH, 202611, RollupEntity.WORKED_SECONDS, 0L, RollupEntity.BILLED_SECONDS, 0L, RollupEntity.COST_MINOR, 0L,
                RollupEntity.BILL_MINOR, 0L, RollupEntity.ENTRIES, 1L, RollupEntity.UNPRICED, 0L));
        kit.spend("2026-11-05", "150.00");

        runOn(kit.rollups);

        assertEquals(1, rowsOfDay(LocalDate.parse("2026-11-05")));
        assertEquals(1, kit.mails.size());
        assertEquals(Map.of("rollup folding", 1L), failures());
        assertTrue(health.steps().stream().filter(s -> s.step().equals("rollup folding")).findFirst().orElseThrow().lastError()
                .startsWith("rollup row "));
    }

    @Test
    public void failingStep_shouldBeRecordedUnderItsNameWhileTheBudgetAlertIsStillSent() {
        kit.spend("2026-11-05", "150.00");

        runOn(foldingFails(kit.rollups));

        assertEquals(1, kit.mails.size());
        StepHealth.StepStatus folding = health.steps().stream().filter(s -> s.step().equals("rollup folding")).findFirst().orElseThrow();
        assertEquals(1, folding.failedRuns());
        assertTrue(folding.lastError(), folding.lastError().contains("database gone"));
        assertEquals(0, health.steps().stream().filter(s -> s.step().equals("budget alerts")).findFirst().orElseThrow().failedRuns());
    }

    private void runOn(RollupStore rollups) {
        runOn(rollups, health);
    }

    private void runOn(RollupStore rollups, StepHealth recordedIn) {
        WorklogIntake intake = new WorklogIntake(List.of(keeper), retries, CLOCK);
        JobWorker worker = new JobWorker(jobs, kit.ledger, rollups, keeper, noWorklogs(), retries, intake, kit.rateCard.transactions, CLOCK, 50);
        BackgroundRun.ofTheApp(new InitialBackfill(jobs, kit.rateCard.transactions, CLOCK), worker, kit.watch, recordedIn, CLOCK)
                .run(() -> false);
    }

    /** Failed runs plus failed items, per step that had any. */
    private Map<String, Long> failures() {
        return health.steps().stream().filter(s -> s.failedRuns() + s.failedItems() > 0)
                .collect(Collectors.toMap(StepHealth.StepStatus::step, s -> s.failedRuns() + s.failedItems()));
    }

    private int rowsOfDay(LocalDate day) {
        return kit.rateCard.database.activeObjects().count(RollupEntity.class,
                Query.select().where(RollupEntity.PERIOD_DAY + " = ?", day.toEpochDay()));
    }

    private static WorklogSource noWorklogs() {
        return new WorklogSource() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                return List.of();
            }

            @Override
            public long count() {
                return 0;
            }
        };
    }

    private static RollupStore foldingFails(RollupStore real) {
        return (RollupStore) Proxy.newProxyInstance(RollupStore.class.getClassLoader(), new Class<?>[] {RollupStore.class}, (proxy, method, args) -> {
            if (method.getName().equals("compactRollups")) {
                throw new IllegalStateException("database gone");
            }
            try {
                return method.invoke(real, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
