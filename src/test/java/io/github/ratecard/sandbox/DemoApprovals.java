package io.github.ratecard.sandbox;

import io.github.ratecard.app.PeriodCloseService;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.BillableWork;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.sandbox.model.SbWorklog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo story's approvals, through the app's services once the demo is priced: three agents' October weeks,
 * one submitted, one approved by the lead and one rejected with a reason; September closed for ACME by finance;
 * and one ACME worklog of September an agent then edits in Jira, which the ledger holds as a pending change.
 */
final class DemoApprovals {

    static final YearMonth CLOSED_MONTH = YearMonth.of(2026, 9);
    static final String CLOSED_PROJECT = "ACME";
    static final String REJECTION = "Tuesday's calls are logged on the wrong issue";
    private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 10, 5);
    private static final int WEEKS = 4;

    private final SandboxApp app;
    private final SandboxStore store;
    private final TimesheetService timesheets;

    DemoApprovals(SandboxApp app, SandboxStore store) {
        this.app = app;
        this.store = store;
        this.timesheets = app.bean(TimesheetService.class);
    }

    /** Runs as the users each step needs; leaves no one signed in. */
    void seed() {
        List<Sheet> sheets = threeAgentsWeeks();
        for (Sheet sheet : sheets) {
            as(sheet.userKey(), () -> timesheets.submit(sheet.period()));
        }
        if (sheets.size() > 1) {
            as("lead", () -> timesheets.approve(sheets.get(1).userKey(), sheets.get(1).period()));
        }
        if (sheets.size() > 2) {
            as("lead", () -> timesheets.reject(sheets.get(2).userKey(), sheets.get(2).period(), REJECTION));
        }
        long acme = store.project(CLOSED_PROJECT).orElseThrow().getID();
        as("finance", () -> app.bean(PeriodCloseService.class).close(CloseScope.project(acme), CLOSED_MONTH,
                "Billed and paid; changes go to October"));
        as("finance", this::editOneClosedWorklog);
    }

    /** A user's timesheet to act on. */
    private record Sheet(String userKey, TimesheetPeriod period) {
    }

    /** The first three agents with time in a week of October, each with their first such week. */
    private List<Sheet> threeAgentsWeeks() {
        List<Sheet> found = new ArrayList<>();
        for (int agent = 1; agent <= DemoData.AGENTS && found.size() < 3; agent++) {
            String userKey = String.format(Locale.ROOT, "agent%02d", agent);
            for (int week = 0; week < WEEKS; week++) {
                TimesheetPeriod period = new TimesheetPeriod(Cadence.WEEK, FIRST_WEEK.plusWeeks(week));
                if (!timesheets.projectsOf(userKey, period).isEmpty()) {
                    found.add(new Sheet(userKey, period));
                    break;
                }
            }
        }
        return found;
    }

    /** An agent adds half an hour to an ACME worklog of the closed month, as a Jira edit would: the ledger holds it as pending. */
    private Void editOneClosedWorklog() {
        DateRange month = new DateRange(CLOSED_MONTH.atDay(1), CLOSED_MONTH.atEndOfMonth());
        Optional<BillableWork> work = app.bean(InvoiceDrafts.class).report("ACME", month, LineGrouping.ISSUE, List.of(CLOSED_PROJECT), null,
                "finance").lines().included().stream().findFirst();
        if (work.isEmpty()) {
            return null;
        }
        SbWorklog worklog = store.worklog(work.get().worklogId()).orElseThrow();
        Instant now = app.clock.instant();
        store.updateWorklog(worklog, Instant.ofEpochMilli(worklog.getStartedMillis()), worklog.getTimeSpent() + 1800, worklog.getComment(), now);
        app.bean(WorklogIntake.class).accept(WorklogChange.saved(store.record(worklog)));
        return null;
    }

    private void as(String userKey, Runnable step) {
        SandboxSession.begin(store.user(userKey).orElseThrow(), Locale.ENGLISH);
        try {
            step.run();
        } finally {
            SandboxSession.end();
        }
    }

    private void as(String userKey, java.util.function.Supplier<?> step) {
        as(userKey, (Runnable) step::get);
    }
}
