package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.hours;
import static io.github.ratecard.contract.ContractFixtures.hoursList;
import static io.github.ratecard.contract.ContractFixtures.inHours;
import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * A monthly retainer of 10 prepaid hours, period by period. Each expected period reads
 * {@code opening + prepaid + adjustments, used (overage), expired -> closing (rolled over)}, in hours.
 */
@RunWith(Parameterized.class)
public class RetainerLedgerTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why, rollover limit h, expires after periods, used h per period, adjustments h per period, ends, expected
            {"no rollover: the unused hours lapse", "0", 0, "6", "0", false,
                "0+10+0 used 6 (0) expired 4 -> 0 (0)"},
            {"no rollover: hours beyond the balance are overage", "0", 0, "12", "0", false,
                "0+10+0 used 12 (2) expired 0 -> 0 (0)"},
            {"exactly the balance: no overage, nothing lapses", "0", 0, "10", "0", false,
                "0+10+0 used 10 (0) expired 0 -> 0 (0)"},
            {"zero usage without rollover: all prepaid hours lapse", "0", 0, "0", "0", false,
                "0+10+0 used 0 (0) expired 10 -> 0 (0)"},
            {"zero usage with rollover: the limit carries, the rest lapses", "5", 0, "0", "0", false,
                "0+10+0 used 0 (0) expired 5 -> 5 (5)"},
            {"carried hours are used first and the limit cuts the oldest", "5", 0, "6,12,0", "0,0,0", false,
                "0+10+0 used 6 (0) expired 0 -> 4 (4) | 4+10+0 used 12 (0) expired 0 -> 2 (2) | 2+10+0 used 0 (0) expired 7 -> 5 (5)"},
            {"overage only after the carried hours are gone", "5", 0, "6,15", "0,0", false,
                "0+10+0 used 6 (0) expired 0 -> 4 (4) | 4+10+0 used 15 (1) expired 0 -> 0 (0)"},
            {"expiry after one period: a period's hours live one period more", "100", 1, "0,0,0", "0,0,0", false,
                "0+10+0 used 0 (0) expired 0 -> 10 (10) | 10+10+0 used 0 (0) expired 10 -> 10 (10) | 10+10+0 used 0 (0) expired 10 -> 10 (10)"},
            {"expiry after two periods: used hours never expire", "100", 2, "0,15,0", "0,0,0", false,
                "0+10+0 used 0 (0) expired 0 -> 10 (10) | 10+10+0 used 15 (0) expired 0 -> 5 (5) | 5+10+0 used 0 (0) expired 0 -> 15 (10)"},
            {"a positive adjustment is used like prepaid hours", "0", 0, "12", "3", false,
                "0+10+3 used 12 (0) expired 1 -> 0 (0)"},
            {"a negative adjustment removes the oldest hours first", "100", 0, "0,0", "0,-12", false,
                "0+10+0 used 0 (0) expired 0 -> 10 (10) | 10+10-12 used 0 (0) expired 0 -> 8 (8)"},
            {"a negative adjustment never takes more than the balance", "0", 0, "2", "-20", false,
                "0+10-10 used 2 (2) expired 0 -> 0 (0)"},
            {"the last period of a retainer lets everything lapse", "100", 0, "0,4", "0,0", true,
                "0+10+0 used 0 (0) expired 0 -> 10 (10) | 10+10+0 used 4 (0) expired 16 -> 0 (0)"},
            {"minutes count: half an hour of overage", "0", 0, "10.5", "0", false,
                "0+10+0 used 10.5 (0.5) expired 0 -> 0 (0)"},
        });
    }

    private final Retainer terms;
    private final long[] used;
    private final long[] adjusted;
    private final boolean ends;
    private final String expected;

    public RetainerLedgerTest(String why, String limit, int expiry, String used, String adjusted, boolean ends, String expected) {
        this.terms = ContractFixtures.monthly("10", new Rollover(hours(limit), expiry));
        this.used = hoursList(used);
        this.adjusted = hoursList(adjusted);
        this.ends = ends;
        this.expected = expected;
    }

    @Test
    public void ledger_shouldCarryUseAndLapseHoursByTheRule() {
        List<RetainerPeriod> periods = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            YearMonth month = YearMonth.of(2026, 1 + i);
            periods.add(new RetainerPeriod(ContractPeriod.month(month), terms, used[i], adjusted[i], ends && i == used.length - 1));
        }

        List<RetainerBalance> rows = RetainerLedger.compute(periods);

        assertEquals(expected, rows.stream().map(RetainerLedgerTest::describe).collect(Collectors.joining(" | ")));
        rows.forEach(RetainerLedgerTest::assertAddsUp);
    }

    private static String describe(RetainerBalance row) {
        String adjustment = (row.adjustmentSeconds() < 0 ? "" : "+") + inHours(row.adjustmentSeconds());
        return inHours(row.openingSeconds()) + "+" + inHours(row.prepaidSeconds()) + adjustment + " used " + inHours(row.usedSeconds())
                + " (" + inHours(row.overageSeconds()) + ") expired " + inHours(row.expiredSeconds()) + " -> " + inHours(row.closingSeconds())
                + " (" + inHours(row.rolledOverSeconds()) + ")";
    }

    private static void assertAddsUp(RetainerBalance row) {
        assertEquals(row.availableSeconds() - row.coveredSeconds() - row.expiredSeconds(), row.closingSeconds());
    }
}
