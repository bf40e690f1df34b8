package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class WorklogIntakeTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final WorklogChange change = WorklogChange.deleted(42, Instant.parse("2026-05-01T10:00:00Z"));
    private final RetryQueue retries = mock(RetryQueue.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    public void accept_shouldHandTheChangeToEveryHandler() {
        WorklogChangeHandler first = mock(WorklogChangeHandler.class);
        WorklogChangeHandler second = mock(WorklogChangeHandler.class);

        new WorklogIntake(List.of(first, second), retries, clock).accept(change);

        verify(first).handle(change);
        verify(second).handle(change);
        verifyNoInteractions(retries);
    }

    @Test
    public void accept_shouldNeverThrowAndShouldStillRunTheOtherHandlers() {
        WorklogChangeHandler failing = mock(WorklogChangeHandler.class);
        WorklogChangeHandler next = mock(WorklogChangeHandler.class);
        doThrow(new IllegalStateException("database down")).when(failing).handle(change);
        WorklogIntake target = new WorklogIntake(List.of(failing, next), retries, clock);

        target.accept(change);

        verify(next).handle(change);
        assertEquals(1, target.received());
        assertEquals(1, target.failed());
    }

    @Test
    public void accept_shouldQueueAFailedChangeForRetryOnce() {
        WorklogChangeHandler failing = mock(WorklogChangeHandler.class);
        doThrow(new IllegalStateException("database down")).when(failing).handle(change);

        new WorklogIntake(List.of(failing, failing), retries, clock).accept(change);

        verify(retries, times(1)).add(eq(change), contains("database down"), eq(NOW));
    }

    @Test
    public void accept_shouldNotThrowWhenTheRetryQueueFailsToo() {
        WorklogChangeHandler failing = mock(WorklogChangeHandler.class);
        doThrow(new IllegalStateException("database down")).when(failing).handle(change);
        doThrow(new IllegalStateException("still down")).when(retries).add(any(), any(), any());

        new WorklogIntake(List.of(failing), retries, clock).accept(change);
    }

    @Test
    public void retry_shouldThrowTheFailureSoTheChangeStaysQueued() {
        WorklogChangeHandler failing = mock(WorklogChangeHandler.class);
        doThrow(new IllegalStateException("database down")).when(failing).handle(change);

        assertThrows(IllegalStateException.class, () -> new WorklogIntake(List.of(failing), retries, clock).retry(change));
    }
}
