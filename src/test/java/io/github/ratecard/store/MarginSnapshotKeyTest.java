package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginQuery;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.Test;

/** The background job reads a kept snapshot's query back from the key it is kept under. */
public class MarginSnapshotKeyTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    @Test
    public void queryOfEveryAccount_shouldBeReadBackFromItsKey() {
        MarginQuery query = new MarginQuery(JAN, DEC, MarginGrouping.PERSON, null, null);

        assertEquals(Optional.of(query), AoMarginSnapshotStore.query(AoMarginSnapshotStore.key(query)));
    }

    @Test
    public void queryOfOneAccount_shouldBeReadBackFromItsKey() {
        MarginQuery query = new MarginQuery(JAN, DEC, MarginGrouping.LEVEL, null, "ACME");

        assertEquals(Optional.of(query), AoMarginSnapshotStore.query(AoMarginSnapshotStore.key(query)));
    }

    @Test
    public void accountKeyWithASpace_shouldNotBeReadBack() {
        MarginQuery query = new MarginQuery(JAN, DEC, MarginGrouping.PERSON, null, "AC ME");

        assertEquals(Optional.empty(), AoMarginSnapshotStore.query(AoMarginSnapshotStore.key(query)));
    }

    @Test
    public void keyThatIsNoQuery_shouldNotBeReadBack() {
        assertEquals(Optional.empty(), AoMarginSnapshotStore.query("PERSON 2026-13 2026-12  "));
        assertEquals(Optional.empty(), AoMarginSnapshotStore.query("SIDEWAYS 2026-01 2026-12  "));
        assertEquals(Optional.empty(), AoMarginSnapshotStore.query(""));
    }
}
