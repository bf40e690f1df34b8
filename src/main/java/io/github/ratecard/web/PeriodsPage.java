package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.PendingChangeService;
import io.github.ratecard.app.PeriodCloseService;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.ClosedMonths;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds finance's Periods page: six months × every project and each project (at most {@link #PROJECTS} rows,
 * narrowed by a search), open or closed, the open pending changes of each project's month, and the oldest
 * {@link #CHANGES} of those changes themselves, to accept or flag; the rest are counted and left to the REST API.
 */
public final class PeriodsPage {

    public static final int MONTHS = 6;
    public static final int PROJECTS = 50;
    public static final int CHANGES = InputLimits.PENDING_CHANGES_PAGE;

    private final PeriodCloseService closes;
    private final PendingChangeService pending;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final Clock clock;
    private final ReportingSettings reporting;

    public PeriodsPage(PeriodCloseService closes, PendingChangeService pending, ProjectDirectory projects, UserDirectory users, I18nResolver i18n,
                       Supplier<Locale> locale, Clock clock, ReportingSettings reporting) {
        this.closes = closes;
        this.pending = pending;
        this.projects = projects;
        this.users = users;
        this.i18n = i18n;
        this.locale = locale;
        this.clock = clock;
        this.reporting = reporting;
    }

    /** The {@link #MONTHS} months up to {@code last} (default: this month), the projects matching {@code search}. */
    public PeriodsView viewOf(YearMonth last, String search) {
        YearMonth to = last == null ? YearMonth.now(clock.withZone(reporting.reportingZone())) : last;
        YearMonth from = to.minusMonths(MONTHS - 1L);
        SearchQuery query = new SearchQuery(search);
        Locale viewer = locale.get();
        ViewerFormat format = new ViewerFormat(i18n, viewer);
        TimesheetWords words = new TimesheetWords(format);
        ClosedMonths closed = closes.closedBetween(from, to);
        PendingChangeStore.OpenOnDays open = pending.openOnDays(from.atDay(1), to.atEndOfMonth(), CHANGES);
        List<ProjectRef> shown = projects.search(query).stream().limit(PROJECTS).toList();
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLL yyyy", viewer);
        List<FieldOption> months = new ArrayList<>();
        List<PeriodCell> everyProject = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new FieldOption(month.toString(), monthName.format(month), month.equals(to)));
            everyProject.add(cell(month, "", closed.closedIn(CloseScope.GLOBAL, month), 0, format));
        }
        List<PeriodScope> scopes = new ArrayList<>();
        scopes.add(new PeriodScope(format.text("ratecard.periods.everyProject"), everyProject));
        List<FieldOption> projectOptions = new ArrayList<>();
        projectOptions.add(new FieldOption("", format.text("ratecard.periods.everyProject"), true));
        Map<Long, String> keys = new HashMap<>();
        for (ProjectRef project : shown) {
            keys.put(project.id(), project.key());
            projectOptions.add(new FieldOption(project.key(), project.key() + " – " + project.name(), false));
            List<PeriodCell> cells = projectCells(project, from, to, closed, open, format);
            scopes.add(new PeriodScope(project.key() + " – " + project.name(), cells));
        }
        Map<String, String> names = new HashMap<>();
        List<PageRow> changes = new ArrayList<>();
        for (PendingChangeStore.Stored stored : open.oldest()) {
            changes.add(row(stored, keys, names, format, words));
        }
        long unlisted = open.total() - changes.size();
        String more = unlisted > 0 ? format.text("ratecard.periods.moreChanges", String.valueOf(unlisted)) : "";
        return new PeriodsView(months, projectOptions, scopes, changes, more, "?to=" + to.minusMonths(MONTHS), "?to=" + to.plusMonths(MONTHS));
    }

    /** A project's months: closed by its own close or by the close of every project, which the cell then says. */
    private static List<PeriodCell> projectCells(ProjectRef project, YearMonth from, YearMonth to, ClosedMonths closed,
                                                 PendingChangeStore.OpenOnDays open, ViewerFormat format) {
        List<PeriodCell> cells = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            boolean own = closed.closedIn(CloseScope.project(project.id()), month);
            boolean global = closed.closedIn(CloseScope.GLOBAL, month);
            PeriodCell cell = cell(month, project.key(), own || global, open.count(project.id(), month), format);
            cells.add(own || !global ? cell : cell.closedForEveryProject(format.text("ratecard.periods.closedEveryProject")));
        }
        return cells;
    }

    private static PeriodCell cell(YearMonth month, String project, boolean closed, long pending, ViewerFormat format) {
        return new PeriodCell(month.toString(), project, closed, format.text(closed ? "ratecard.periods.closed" : "ratecard.periods.open"), pending,
                pending == 0 ? "" : format.text("ratecard.periods.pendingCount", String.valueOf(pending)));
    }

    private PageRow row(PendingChangeStore.Stored stored, Map<Long, String> keys, Map<String, String> names, ViewerFormat format, TimesheetWords words) {
        PendingChange change = stored.change();
        String user = names.computeIfAbsent(change.userKey(), key -> users.byKey(key).map(UserRef::displayName).orElse(key));
        String project = keys.computeIfAbsent(change.projectId(), id -> projects.byId(id).map(ProjectRef::key).orElse("#" + id));
        String before = change.before().map(work -> words.hoursWithUnit(work.seconds())).orElse("–");
        String after = change.after().map(work -> words.hoursWithUnit(work.seconds())).orElse("–");
        long delta = change.deltaSeconds();
        String difference = (delta > 0 ? "+" : delta < 0 ? "−" : "") + words.hoursWithUnit(Math.abs(delta));
        return new PageRow(String.valueOf(stored.id()), user, List.of(project, format.date(day(change)),
                format.text("ratecard.periods.kind." + change.kind().name()), before, after, difference), "", null);
    }

    private static LocalDate day(PendingChange change) {
        return change.after().or(change::before).map(LoggedWork::day).orElseThrow();
    }
}
