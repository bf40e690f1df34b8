package io.github.ratecard.jobs;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The background job's steps run on their own: a failure is recorded under the step's name and the next step runs. */
public class BackgroundStepsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final List<String> ran = new ArrayList<>();
    private final StepHealth health = new StepHealth();

    @Test
    public void failingStep_shouldBeRecordedAndTheNextStepShouldRun() {
        run(step("folding", () -> {
            throw new IllegalStateException("bad month");
        }), step("alerts", () -> { }));

        assertEquals(List.of("folding", "alerts"), ran);
        StepHealth.StepStatus folding = health.steps().get(0);
        assertEquals(1, folding.failedRuns());
        assertEquals("java.lang.IllegalStateException: bad month", folding.lastError());
        assertEquals(CLOCK.instant(), folding.lastFailure());
        assertEquals(0, health.steps().get(1).failedRuns());
    }

    @Test
    public void failedItem_shouldBeCountedWithoutFailingTheStep() {
        run(BackgroundStep.of("retries", (stop, failures) -> {
            failures.failed("queued change 7", new IllegalStateException("lock timeout"));
            failures.failed("queued change 9", new IllegalStateException("lock timeout"));
        }));

        StepHealth.StepStatus retries = health.steps().get(0);
        assertEquals(1, retries.runs());
        assertEquals(0, retries.failedRuns());
        assertEquals(2, retries.failedItems());
        assertEquals("queued change 9: java.lang.IllegalStateException: lock timeout", retries.lastError());
    }

    @Test
    public void stopRequest_shouldLeaveTheRemainingStepsForTheNextRun() {
        boolean[] stopping = {false};
        new BackgroundRun(List.of(step("jobs", () -> stopping[0] = true), step("alerts", () -> { })), health, CLOCK).run(() -> stopping[0]);

        assertEquals(List.of("jobs"), ran);
    }

    private void run(BackgroundStep... steps) {
        new BackgroundRun(List.of(steps), health, CLOCK).run(() -> false);
    }

    private BackgroundStep step(String name, Runnable work) {
        return BackgroundStep.of(name, (stop, failures) -> {
            ran.add(name);
            work.run();
        });
    }
}
