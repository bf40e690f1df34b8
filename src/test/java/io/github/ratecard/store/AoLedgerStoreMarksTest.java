package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.ConcurrentLedgerChangeException;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.After;
import org.junit.Test;

/** Issuing's and voiding's marks on a real database: set per 500 worklogs, every other column kept, a stale reader refused. */
public class AoLedgerStoreMarksTest {

    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoLedgerStore target = new AoLedgerStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void markInvoiced_shouldMarkTheNamedEntriesAcrossSeveralChunksAndNoOther() {
        target.insertAll(LongStream.rangeClosed(1, 1_200).mapToObj(AoLedgerStoreMarksTest::entry).toList());

        database.activeObjects().executeInTransaction(() -> {
            target.markInvoiced(LongStream.rangeClosed(1, 1_100).boxed().toList(), true);
            return null;
        });

        Map<Long, LedgerEntry> stored = entries(1_200);
        assertEquals(1_100, stored.values().stream().filter(LedgerEntry::invoiced).count());
        assertFalse(stored.get(1_101L).invoiced());
        assertEquals("every other column as it was", entry(7, true), stored.get(7L));
    }

    @Test
    public void markInvoicedFalse_shouldReleaseTheEntries() {
        target.insertAll(List.of(entry(1), entry(2)));
        target.markInvoiced(List.of(1L, 2L), true);

        target.markInvoiced(List.of(2L), false);

        assertTrue(entries(2).get(1L).invoiced());
        assertEquals(entry(2), entries(2).get(2L));
    }

    @Test
    public void markInvoiced_shouldLeaveDeletionMarksAlone() {
        target.insertDeletionMarks(Map.of(5L, AT));

        target.markInvoiced(List.of(5L), true);

        assertTrue(target.stored(5).orElseThrow().deletedAt().isPresent());
    }

    @Test
    public void aKeeperThatReadAnEntryBeforeItWasMarked_shouldFailToReplaceIt() {
        target.insertAll(List.of(entry(1)));
        long rowReadByTheKeeper = target.stored(1).orElseThrow().rowId();

        target.markInvoiced(List.of(1L), true);

        assertThrows(ConcurrentLedgerChangeException.class, () -> target.remove(List.of(rowReadByTheKeeper)));
        assertTrue(target.stored(1).orElseThrow().entry().orElseThrow().invoiced());
    }

    private Map<Long, LedgerEntry> entries(long upTo) {
        return target.storedAll(LongStream.rangeClosed(1, upTo).boxed().toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().entry().orElseThrow()));
    }

    private static LedgerEntry entry(long worklogId) {
        return entry(worklogId, false);
    }

    private static LedgerEntry entry(long worklogId, boolean invoiced) {
        Money cost = Money.ofMinor(4_000 + worklogId, java.util.Currency.getInstance("EUR"));
        Money bill = worklogId % 2 == 0 ? null : Money.ofMinor(9_000, java.util.Currency.getInstance("USD"));
        return new LedgerEntry(worklogId, 10 + worklogId % 7, 100, "ana", AT, LocalDate.of(2026, 10, 5), 3600, 3_900, worklogId % 3 != 0,
                worklogId % 2 == 0 ? null : "ACME", cost, bill, bill, 3L, bill == null ? null : 8L,
                bill == null ? PricingStatus.MISSING_BILL_RATE : PricingStatus.PRICED, AT, AT.plusSeconds(worklogId), invoiced);
    }
}
