package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.invoice.RequestKeyTakenException;
import io.github.ratecard.invoice.RequestKeys;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/** Kept answers to repeatable requests on a real database: one per person and key. */
public class AoRequestKeysTest {

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRequestKeys target = new AoRequestKeys(database.activeObjects(), Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void keptAnswer_shouldBeFoundByThePersonAndKey() {
        target.keep("fiona", "k-1", "fingerprint", 42);

        assertEquals(Optional.of(new RequestKeys.Kept("fingerprint", 42)), target.kept("fiona", "k-1"));
    }

    @Test
    public void keyKeptAgainForThePerson_shouldBeRefused() {
        target.keep("fiona", "k-1", "fingerprint", 42);

        assertThrows(RequestKeyTakenException.class, () -> target.keep("fiona", "k-1", "fingerprint", 43));
    }

    @Test
    public void sameKeyOfAnotherPerson_shouldBeAnotherKey() {
        target.keep("fiona", "k-1", "fingerprint", 42);

        target.keep("frank", "k-1", "other", 43);

        assertEquals(43, target.kept("frank", "k-1").orElseThrow().invoiceId());
        assertTrue(target.kept("fiona", "k-2").isEmpty());
    }
}
