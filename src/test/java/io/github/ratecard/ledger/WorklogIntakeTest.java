package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class WorklogIntakeTest {

    private final WorklogChange change = WorklogChange.deleted(42, Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    public void accept_shouldHandTheChangeToEveryHandler() {
        WorklogChangeHandler first = mock(WorklogChangeHandler.class);
        WorklogChangeHandler second = mock(WorklogChangeHandler.class);

        new WorklogIntake(List.of(first, second)).accept(change);

        verify(first).handle(change);
        verify(second).handle(change);
    }

    @Test
    public void accept_shouldNeverThrowAndShouldStillRunTheOtherHandlers() {
        WorklogChangeHandler failing = mock(WorklogChangeHandler.class);
        WorklogChangeHandler next = mock(WorklogChangeHandler.class);
        doThrow(new IllegalStateException("database down")).when(failing).handle(change);
        WorklogIntake target = new WorklogIntake(List.of(failing, next));

        target.accept(change);

        verify(next).handle(change);
        assertEquals(1, target.received());
        assertEquals(1, target.failed());
    }
}
