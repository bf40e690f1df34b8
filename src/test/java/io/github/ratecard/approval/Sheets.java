package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The people of the approval tests. Ana logs time in projects 1 and 2 in the week of 2 November 2026.
 * Lee leads both projects; Max holds Manage budgets in both; Hal leads only project 1; Fin is finance
 * with no project rights; Oz has no rights at all.
 */
final class Sheets {

    static final long P1 = 1;
    static final long P2 = 2;
    static final Set<Long> BOTH = Set.of(P1, P2);
    static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));
    /** Today, while the week runs. */
    static final LocalDate DURING = LocalDate.parse("2026-11-05");
    /** Today, the day after the week. */
    static final LocalDate AFTER = LocalDate.parse("2026-11-09");

    static final Actor ANA = new Actor("ana", false, Set.of(), Set.of());
    static final Actor LEE = new Actor("lee", false, BOTH, Set.of());
    static final Actor MAX = new Actor("max", false, Set.of(), BOTH);
    static final Actor HAL = new Actor("hal", false, Set.of(P1), Set.of());
    static final Actor FIN = new Actor("fin", true, Set.of(), Set.of());
    static final Actor OZ = new Actor("oz", false, Set.of(), Set.of());
    /** Ana as finance and lead of both projects: rights that never cover her own time, except finance's reopen. */
    static final Actor ANA_FINANCE_LEAD = new Actor("ana", true, BOTH, BOTH);

    private Sheets() {
    }

    static Timesheet anas(TimesheetState state) {
        return new Timesheet(7, "ana", WEEK, state);
    }

    static TimesheetRequest by(Actor actor, TimesheetAction action, String reason) {
        return new TimesheetRequest(action, Optional.of(actor), reason, DURING, BOTH, false);
    }

    static TimesheetRequest automatic(LocalDate today, Set<Long> projects, boolean autoSubmit) {
        return new TimesheetRequest(TimesheetAction.AUTO_SUBMIT, Optional.empty(), null, today, projects, autoSubmit);
    }

    /** The outcome as the tables write it: the state moved to, or the refusal. */
    static String outcome(Transition transition) {
        return transition instanceof Transition.Moved moved ? "→ " + moved.to() : "refused " + ((Transition.Refused) transition).refusal();
    }
}
