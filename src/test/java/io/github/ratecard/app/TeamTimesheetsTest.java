package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.TeamTimesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The approvals list on a real database: whose timesheets an approver sees, with which figures and warnings. */
public class TeamTimesheetsTest {

    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));

    private final ApprovalKit kit = new ApprovalKit();
    private final TeamTimesheets target = kit.team;

    @Before
    public void setUp() {
        kit.logged("ana", ACME, "2026-11-03");
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void of_shouldListTheTimesheetsWhoseEveryProjectTheUserLeadsButNotTheirOwn() {
        kit.logged("ben", ACME, "2026-11-03");
        kit.logged("ben", GLX, "2026-11-04");
        kit.logged("lee", ACME, "2026-11-04");
        for (String user : new String[] {"ana", "ben", "lee"}) {
            kit.actAs(user, false, Set.of(), Set.of());
            kit.timesheetService.submit(WEEK);
        }

        kit.actAs("lee", false, Set.of(ACME), Set.of());
        List<String> forLee = target.of(WEEK).stream().map(line -> line.sheet().userKey()).toList();
        kit.actAs("lee", false, Set.of(ACME), Set.of(GLX));
        List<String> forLeeWithGlx = target.of(WEEK).stream().map(line -> line.sheet().userKey()).toList();

        assertEquals(List.of("ana"), forLee);
        assertEquals(List.of("ana", "ben"), forLeeWithGlx);
    }

    @Test
    public void of_shouldListUnsubmittedTimesheetsAsOpenWithTheirFiguresAndMarkThoseChangedAfterSubmission() {
        kit.logged("ben", ACME, "2026-11-03");
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);
        kit.loggedAt("ana", ACME, "2026-11-04", ApprovalKit.NOW.plusSeconds(60));

        kit.actAs("lee", false, Set.of(ACME), Set.of());
        List<TeamTimesheet> team = target.of(WEEK);

        assertEquals(List.of("ana", "ben"), team.stream().map(line -> line.sheet().userKey()).toList());
        assertEquals(TimesheetState.SUBMITTED, team.get(0).sheet().state());
        assertEquals(7200, team.get(0).figures().workedSeconds());
        assertEquals(2, team.get(0).figures().unpriced());
        assertEquals(100, team.get(0).billablePercent());
        assertTrue(team.get(0).changedSince());
        assertEquals(TimesheetState.OPEN, team.get(1).sheet().state());
        assertFalse(team.get(1).changedSince());
    }

    @Test
    public void of_shouldNotMarkARejectedTimesheetChangedWhenItsUserCorrectsTheirWork() {
        kit.actAs("ana", false, Set.of(), Set.of());
        kit.timesheetService.submit(WEEK);
        kit.actAs("lee", false, Set.of(ACME), Set.of());
        kit.timesheetService.reject("ana", WEEK, "Split the call");
        kit.loggedAt("ana", ACME, "2026-11-04", ApprovalKit.NOW.plusSeconds(60));

        TeamTimesheet ana = target.of(WEEK).get(0);

        assertEquals(TimesheetState.REJECTED, ana.sheet().state());
        assertFalse(ana.changedSince());
    }
}
