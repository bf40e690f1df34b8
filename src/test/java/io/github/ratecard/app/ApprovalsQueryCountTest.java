package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.TeamTimesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/** The approvals list of a team of 200 costs the database as many statements as that of a team of 20. */
public class ApprovalsQueryCountTest {

    private static final TimesheetPeriod MONTH = new TimesheetPeriod(Cadence.MONTH, LocalDate.parse("2026-10-01"));

    @Test
    public void team_shouldCostTheSameNumberOfStatementsFor20And200Users() {
        int twenty = statementsForTeamOf(20);
        int twoHundred = statementsForTeamOf(200);

        assertEquals(twenty, twoHundred);
        assertTrue("a handful of statements, was " + twenty, twenty > 0 && twenty <= 8);
    }

    /** A month of two projects: every user logs time in both, half of them submit; the lead of both lists the month. */
    private static int statementsForTeamOf(int users) {
        try (ApprovalKit kit = new ApprovalKit()) {
            kit.actAs("lee", false, Set.of(ACME, GLX), Set.of());
            kit.timesheetService.configure(ACME, Cadence.MONTH, false);
            kit.timesheetService.configure(GLX, Cadence.MONTH, false);
            for (int i = 0; i < users; i++) {
                String user = "agent" + i;
                kit.logged(user, ACME, "2026-10-05");
                kit.logged(user, GLX, "2026-10-06");
                if (i % 2 == 0) {
                    kit.actAs(user, false, Set.of(), Set.of());
                    kit.timesheetService.submit(MONTH);
                }
            }
            kit.actAs("lee", false, Set.of(ACME, GLX), Set.of());
            AtomicInteger count = new AtomicInteger();
            DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
            DatabaseProvider provider = kit.database.entityManager().getProvider();
            provider.addSqlListener(listener);
            List<TeamTimesheet> team;
            try {
                team = kit.team.of(MONTH);
            } finally {
                provider.removeSqlListener(listener);
            }
            assertEquals(users, team.size());
            assertEquals(users / 2, team.stream().filter(line -> line.sheet().id() != 0).count());
            assertEquals(7200, team.get(0).figures().workedSeconds());
            return count.get();
        }
    }
}
