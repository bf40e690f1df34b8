package io.github.ratecard.approval;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Which worklog changes go into the ledger and which are held as pending changes. Ana's week of
 * 2 November 2026 is approved; October 2026 is closed for project 1; her week of 9 November is open.
 */
@RunWith(Parameterized.class)
public class ChangeGateTest {

    private static final Locks LOCKS = (user, project, day) -> {
        Set<Lock> locks = EnumSet.noneOf(Lock.class);
        if (user.equals("ana") && Sheets.WEEK.contains(day)) {
            locks.add(Lock.APPROVED_TIMESHEET);
        }
        if (project == 1 && day.getMonthValue() == 10 && day.getYear() == 2026) {
            locks.add(Lock.CLOSED_PERIOD);
        }
        return locks;
    };

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                                     before,              after,               expected
            {"new work in an open week is priced",                      null,                "ana 1 11-10 3600",  "accept"},
            {"new work in an approved week is held",                    null,                "ana 1 11-03 3600",  "hold CREATED +3600 [APPROVED_TIMESHEET]"},
            {"new work in a closed month is held",                      null,                "ben 1 10-20 1800",  "hold CREATED +1800 [CLOSED_PERIOD]"},
            {"new work in another project's open month is priced",      null,                "ben 2 10-20 1800",  "accept"},
            {"an edit inside an approved week is held",                 "ana 1 11-03 7200",  "ana 1 11-03 10800", "hold EDITED +3600 [APPROVED_TIMESHEET]"},
            {"an edit moving work into an approved week is held",       "ana 1 11-10 7200",  "ana 1 11-04 7200",  "hold EDITED +0 [APPROVED_TIMESHEET]"},
            {"an edit moving work out of an approved week is held",     "ana 1 11-04 7200",  "ana 1 11-10 7200",  "hold EDITED +0 [APPROVED_TIMESHEET]"},
            {"an edit inside an open week is priced",                   "ana 1 11-10 7200",  "ana 1 11-11 3600",  "accept"},
            {"an edit in an approved week and a closed month names both", "ana 1 10-30 3600", "ana 1 11-02 3600", "hold EDITED +0 [APPROVED_TIMESHEET, CLOSED_PERIOD]"},
            {"an edit back to the approved figures changes nothing",    "ana 1 11-03 7200",  "ana 1 11-03 7200",  "unchanged"},
            {"a deletion inside an approved week is held",              "ana 1 11-03 7200",  null,                "hold DELETED -7200 [APPROVED_TIMESHEET]"},
            {"a deletion inside a closed month is held",                "ben 1 10-05 600",   null,                "hold DELETED -600 [CLOSED_PERIOD]"},
            {"a deletion in an open week is priced",                    "ana 1 11-10 7200",  null,                "accept"},
            {"someone else's work in Ana's approved week is priced",    null,                "ben 2 11-03 3600",  "accept"},
        });
    }

    private final WorklogEdit edit;
    private final String expected;

    public ChangeGateTest(String why, String before, String after, String expected) {
        this.edit = new WorklogEdit(42, work(before), work(after), Instant.parse("2026-11-20T09:30:00Z"));
        this.expected = expected;
    }

    @Test
    public void decide() {
        assertEquals(expected, written(ChangeGate.decide(edit, LOCKS)));
    }

    @Test
    public void decideTheSameChangeAgain_shouldGiveTheSameDecision() {
        assertEquals(ChangeGate.decide(edit, LOCKS), ChangeGate.decide(edit, LOCKS));
    }

    private static String written(ChangeGate.Decision decision) {
        if (decision instanceof ChangeGate.Decision.Accept) {
            return "accept";
        }
        if (decision instanceof ChangeGate.Decision.Unchanged) {
            return "unchanged";
        }
        PendingChange change = ((ChangeGate.Decision.Hold) decision).change();
        long delta = change.deltaSeconds();
        return "hold " + change.kind() + " " + (delta < 0 ? "" : "+") + delta + " " + new TreeSet<>(change.locks());
    }

    private static Optional<LoggedWork> work(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String[] parts = written.split(" ");
        return Optional.of(new LoggedWork(parts[0], Long.parseLong(parts[1]), LocalDate.parse("2026-" + parts[2]), Long.parseLong(parts[3])));
    }
}
