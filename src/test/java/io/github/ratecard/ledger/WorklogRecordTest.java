package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import org.junit.Test;

public class WorklogRecordTest {

    private static final Instant STARTED = Instant.parse("2026-05-01T08:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-05-01T09:00:00Z");

    @Test
    public void record_shouldRejectNegativeTimeSpent() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorklogRecord(1, 2, "ACME-1", 3, "ACME", "agent1", STARTED, -1, UPDATED));
    }

    @Test
    public void saved_shouldCarryTheRecordAndItsUpdateTime() {
        WorklogRecord record = new WorklogRecord(1, 2, "ACME-1", 3, "ACME", "agent1", STARTED, 3600, UPDATED);

        WorklogChange change = WorklogChange.saved(record);

        assertEquals(WorklogChange.Kind.SAVED, change.kind());
        assertEquals(1, change.worklogId());
        assertEquals(UPDATED, change.at());
        assertEquals(record, change.record().orElseThrow());
    }

    @Test
    public void deleted_shouldCarryNoRecord() {
        WorklogChange change = WorklogChange.deleted(7, UPDATED);

        assertEquals(WorklogChange.Kind.DELETED, change.kind());
        assertFalse(change.record().isPresent());
    }
}
