package io.github.ratecard.approval;

import static io.github.ratecard.approval.Sheets.WEEK;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Who is told what: each row a move of Ana's timesheet, or a change of her locked work, with the
 * leads of the projects concerned, and the e-mails that follow as "KIND to recipient".
 */
@RunWith(Parameterized.class)
public class NoticeRulesTest {

    private static final Instant AT = Instant.parse("2026-11-09T10:00:00Z");

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                                  event,          by,    leads,               expected
            {"her submit goes to the lead of her project",            "SUBMIT",       "ana", "lee",               "SUBMITTED to lee"},
            {"to each lead of her projects, once",                    "SUBMIT",       "ana", "lee,hal,lee",       "SUBMITTED to lee, SUBMITTED to hal"},
            {"an automatic submit goes to the leads as well",         "AUTO_SUBMIT",  null,  "lee",               "SUBMITTED to lee"},
            {"a project without a lead has nobody to tell",           "SUBMIT",       "ana", ",",                 ""},
            {"she leads the project herself: not told of her own",    "SUBMIT",       "ana", "ana,lee",           "SUBMITTED to lee"},
            {"an approval goes to her",                               "APPROVE",      "lee", "lee",               "APPROVED to ana"},
            {"a rejection goes to her, with its reason",              "REJECT",       "lee", "lee",               "REJECTED to ana"},
            {"a reopening goes to her",                               "REOPEN",       "fin", "lee",               "REOPENED to ana"},
            {"a change of her approved time goes to the leads",       "CHANGE",       null,  "lee,hal",           "LOCKED_WORK_CHANGED to lee, LOCKED_WORK_CHANGED to hal"},
            {"not to herself, though she leads the project",          "CHANGE",       null,  "ana",               ""},
        });
    }

    private final String event;
    private final String by;
    private final List<String> leads;
    private final String expected;

    public NoticeRulesTest(String why, String event, String by, String leads, String expected) {
        this.event = event;
        this.by = by;
        this.leads = Arrays.stream(leads.split(",", -1)).map(lead -> lead.isEmpty() ? null : lead).toList();
        this.expected = expected;
    }

    @Test
    public void notices() {
        List<Notice> notices;
        if (event.equals("CHANGE")) {
            LoggedWork before = new LoggedWork("ana", 1, LocalDate.parse("2026-11-03"), 3600);
            PendingChange change = new PendingChange(41, WorklogEdit.Kind.EDITED, Optional.of(before), Optional.of(new LoggedWork("ana", 1,
                    before.day(), 7200)), AT, Set.of(Lock.APPROVED_TIMESHEET));
            notices = NoticeRules.ofPendingChange(change, WEEK, leads);
        } else {
            TimesheetAction action = TimesheetAction.valueOf(event);
            String reason = action == TimesheetAction.REJECT || action == TimesheetAction.REOPEN ? "ACME-12 twice" : null;
            TimesheetEvent moved = new TimesheetEvent(action, TimesheetState.OPEN, TimesheetState.SUBMITTED, by, AT, reason);
            notices = NoticeRules.ofMove(new Timesheet(7, "ana", WEEK, TimesheetState.SUBMITTED), moved, leads);
            notices.forEach(notice -> assertEquals(Optional.ofNullable(reason), notice.reason()));
        }

        assertEquals(expected, notices.stream().map(n -> n.kind() + " to " + n.recipientKey()).collect(Collectors.joining(", ")));
        notices.forEach(notice -> assertEquals("ana", notice.userKey()));
    }
}
