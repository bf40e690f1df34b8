package io.github.ratecard.approval;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** What a held change keeps: the ledger's figures, Jira's figures, and the key that makes a re-delivery the same change. */
public class HeldChangeTest {

    private static final Instant CHANGED = Instant.parse("2026-11-20T09:30:00Z");
    private static final LoggedWork APPROVED = new LoggedWork("ana", 1, LocalDate.parse("2026-11-03"), 7200);
    private static final LoggedWork NOW = new LoggedWork("ana", 1, LocalDate.parse("2026-11-04"), 5400);
    private static final Locks APPROVED_WEEK = (user, project, day) -> Sheets.WEEK.contains(day) ? Set.of(Lock.APPROVED_TIMESHEET) : Set.of();

    private final PendingChange held = ChangeGate.pending(ChangeGate.decide(new WorklogEdit(42, Optional.of(APPROVED), Optional.of(NOW), CHANGED),
            APPROVED_WEEK)).orElseThrow();

    @Test
    public void heldChange_shouldKeepTheLedgersFiguresAsBefore() {
        assertEquals(Optional.of(APPROVED), held.before());
    }

    @Test
    public void heldChange_shouldKeepJirasFiguresAsAfter() {
        assertEquals(Optional.of(NOW), held.after());
        assertEquals(-1800, held.deltaSeconds());
    }

    @Test
    public void heldChange_shouldBeKeyedByWorklogAndJirasTimeOfChange() {
        assertEquals("42@" + CHANGED.toEpochMilli(), held.key());
    }
}
