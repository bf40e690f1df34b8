package io.github.ratecard.app;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetSettings;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.TimesheetStore;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.ledger.ItemFailures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Submits, at the end of their period, the open timesheets whose projects all ask for it. Looks at
 * the {@value #ENDED_PERIODS} periods of each cadence that ended last (so a job that missed a period's
 * end, on a node that was down, still catches up), and at the users who logged time in a project with
 * automatic submit on. Each submit is {@link TimesheetService#autoSubmit}: audited as Ratecard's, its
 * approvers told. Running it again submits nothing twice, and a timesheet that cannot be submitted is
 * reported and leaves the others alone.
 */
public final class TimesheetAutoSubmit {

    static final int ENDED_PERIODS = 2;

    private final TimesheetService timesheets;
    private final TimesheetSettings settings;
    private final TimesheetWork work;
    private final TimesheetStore store;
    private final ReportingSettings reporting;
    private final Clock clock;

    public TimesheetAutoSubmit(TimesheetService timesheets, TimesheetSettings settings, TimesheetWork work, TimesheetStore store,
                               ReportingSettings reporting, Clock clock) {
        this.timesheets = timesheets;
        this.settings = settings;
        this.work = work;
        this.store = store;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** The cluster's timesheet steps: automatic submits, then the e-mails of new pending changes. */
    public static List<BackgroundStep> steps(TimesheetAutoSubmit autoSubmit, ApprovalNotices notices) {
        return List.of(BackgroundStep.of("timesheet auto-submit", autoSubmit::run),
                BackgroundStep.of("pending-change e-mails", (stop, failures) -> notices.tellPendingChanges(stop, failures)));
    }

    public void run(BooleanSupplier stop, ItemFailures failures) {
        run(LocalDate.now(clock.withZone(reporting.reportingZone())), stop, failures);
    }

    /** The timesheets submitted on {@code today}. */
    public List<Timesheet> run(LocalDate today, BooleanSupplier stop, ItemFailures failures) {
        Map<Cadence, Set<Long>> projects = new EnumMap<>(Cadence.class);
        for (long project : settings.autoSubmitProjects()) {
            projects.computeIfAbsent(settings.cadence(project), cadence -> new TreeSet<>()).add(project);
        }
        List<Timesheet> submitted = new ArrayList<>();
        for (Map.Entry<Cadence, Set<Long>> cadence : projects.entrySet()) {
            TimesheetPeriod period = TimesheetPeriod.containing(cadence.getKey(), today);
            for (int i = 0; i < ENDED_PERIODS && !stop.getAsBoolean(); i++) {
                period = TimesheetPeriod.containing(cadence.getKey(), period.first().minusDays(1));
                submitted.addAll(submitEnded(period, cadence.getValue(), stop, failures));
            }
        }
        return submitted;
    }

    private List<Timesheet> submitEnded(TimesheetPeriod period, Set<Long> projects, BooleanSupplier stop, ItemFailures failures) {
        Set<String> users = new TreeSet<>();
        projects.forEach(project -> users.addAll(work.usersOf(project, period.range())));
        Set<String> moved = store.ofPeriod(period).stream().filter(sheet -> sheet.state() != TimesheetState.OPEN).map(Timesheet::userKey)
                .collect(Collectors.toSet());
        List<Timesheet> submitted = new ArrayList<>();
        for (String user : users) {
            if (stop.getAsBoolean()) {
                break;
            }
            if (moved.contains(user)) {
                continue;
            }
            try {
                timesheets.autoSubmit(user, period).ifPresent(submitted::add);
            } catch (RuntimeException e) {
                failures.failed("timesheet of " + user + " for " + period.label(), e);
            }
        }
        return submitted;
    }
}
