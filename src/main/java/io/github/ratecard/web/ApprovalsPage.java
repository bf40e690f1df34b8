package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.TeamTimesheets;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.TeamTimesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Builds the Approvals page: the timesheets of a period the viewer approves (those of the projects they lead or
 * hold Manage budgets in, never their own), unsubmitted ones included, narrowed by state, project and user.
 */
public final class ApprovalsPage {

    private final TeamTimesheets timesheets;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final Clock clock;
    private final ReportingSettings reporting;

    public ApprovalsPage(TeamTimesheets timesheets, ProjectDirectory projects, UserDirectory users, I18nResolver i18n, Supplier<Locale> locale,
                         Clock clock, ReportingSettings reporting) {
        this.timesheets = timesheets;
        this.projects = projects;
        this.users = users;
        this.i18n = i18n;
        this.locale = locale;
        this.clock = clock;
        this.reporting = reporting;
    }

    /** The period of {@code cadence} (default: week) holding {@code day} (default: today), narrowed by the filters. */
    public ApprovalsView viewOf(Cadence cadence, LocalDate day, ApprovalsView.Filters filters) {
        LocalDate shown = day == null ? LocalDate.now(clock.withZone(reporting.reportingZone())) : day;
        TimesheetPeriod period = TimesheetPeriod.containing(cadence == null ? Cadence.WEEK : cadence, shown);
        Locale viewer = locale.get();
        ViewerFormat format = new ViewerFormat(i18n, viewer);
        TimesheetWords words = new TimesheetWords(format);
        List<TeamTimesheet> team = timesheets.of(period);
        Map<Long, String> keys = new HashMap<>();
        team.forEach(line -> line.projects().forEach(id -> keys.computeIfAbsent(id, p -> projects.byId(p).map(ProjectRef::key).orElse("#" + p))));
        List<ApprovalRow> rows = new ArrayList<>();
        for (TeamTimesheet line : team) {
            String name = users.byKey(line.sheet().userKey()).map(UserRef::displayName).orElse(line.sheet().userKey());
            List<String> projectKeys = line.projects().stream().map(keys::get).sorted().toList();
            if (!passes(filters, line, name, projectKeys)) {
                continue;
            }
            rows.add(new ApprovalRow(line.sheet().userKey(), name, String.join(", ", projectKeys), line.sheet().state().name(),
                    words.state(line.sheet().state()), TimesheetWords.lozenge(line.sheet().state()), figures(line, format, words)));
        }
        List<FieldOption> states = new ArrayList<>();
        states.add(new FieldOption("", format.text("ratecard.approvals.filter.anyState"), filters.state().isEmpty()));
        for (TimesheetState state : TimesheetState.values()) {
            states.add(new FieldOption(state.name(), words.state(state), state.name().equals(filters.state())));
        }
        List<FieldOption> projectOptions = new ArrayList<>();
        projectOptions.add(new FieldOption("", format.text("ratecard.approvals.filter.anyProject"), filters.project().isEmpty()));
        new TreeSet<>(keys.values()).forEach(key -> projectOptions.add(new FieldOption(key, key, key.equals(filters.project()))));
        TimesheetPeriod previous = TimesheetWords.previous(period);
        MyTimesheetView.Period shownPeriod = new MyTimesheetView.Period(period.cadence().name(), period.first().toString(), words.label(period, viewer),
                words.range(period), TimesheetWords.query(previous), TimesheetWords.query(period.next()));
        String empty = team.isEmpty() ? format.text("ratecard.approvals.none") : format.text("ratecard.approvals.noneFiltered");
        return new ApprovalsView(shownPeriod, filters, states, projectOptions, rows, empty);
    }

    private static boolean passes(ApprovalsView.Filters filters, TeamTimesheet line, String name, List<String> projectKeys) {
        String user = filters.user().toLowerCase(Locale.ROOT);
        return (filters.state().isEmpty() || filters.state().equals(line.sheet().state().name()))
                && (filters.project().isEmpty() || projectKeys.contains(filters.project()))
                && (user.isEmpty() || line.sheet().userKey().toLowerCase(Locale.ROOT).contains(user) || name.toLowerCase(Locale.ROOT).contains(user));
    }

    private static ApprovalRow.Figures figures(TeamTimesheet line, ViewerFormat format, TimesheetWords words) {
        String missing = line.figures().unpriced() == 0 ? "" : format.text("ratecard.approvals.missingRates", String.valueOf(line.figures().unpriced()));
        String changed = "";
        if (line.pendingChanges() > 0) {
            changed = format.text("ratecard.approvals.pendingChanges", String.valueOf(line.pendingChanges()));
        } else if (line.changedSince()) {
            changed = format.text(line.sheet().state() == TimesheetState.APPROVED ? "ratecard.approvals.changedSinceApproval"
                    : "ratecard.approvals.changedSinceSubmission");
        }
        return new ApprovalRow.Figures(words.hoursWithUnit(line.figures().workedSeconds()), format.roundPercent(java.math.BigDecimal.valueOf(line.billablePercent())), missing, changed);
    }
}
