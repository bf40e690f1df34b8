package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.ReportingSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the signed-in user's My timesheet page: their own work of one period as issues × days, each day's total
 * against the hours the capacity calendar expects of them that day (nothing on a day off, a holiday of their country
 * or a day they are away), and the timesheet's state.
 */
public final class MyTimesheetPage {

    private static final Set<TimesheetState> SUBMITTABLE = Set.of(TimesheetState.OPEN, TimesheetState.REJECTED, TimesheetState.REOPENED);

    private final TimesheetService timesheets;
    private final ScopeWork issues;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final Clock clock;
    private final ReportingSettings reporting;
    private final CapacityCalendar capacity;

    public MyTimesheetPage(TimesheetService timesheets, ScopeWork issues, I18nResolver i18n, Supplier<Locale> locale, Clock clock,
                           ReportingSettings reporting, CapacityCalendar capacity) {
        this.timesheets = timesheets;
        this.issues = issues;
        this.i18n = i18n;
        this.locale = locale;
        this.clock = clock;
        this.reporting = reporting;
        this.capacity = capacity;
    }

    /** The period of {@code cadence} holding {@code day}; today and the user's usual cadence when not given. */
    public MyTimesheetView viewOf(Cadence cadence, LocalDate day) {
        LocalDate shown = day == null ? LocalDate.now(clock.withZone(reporting.reportingZone())) : day;
        TimesheetPeriod period = TimesheetPeriod.containing(cadence == null ? timesheets.myCadence(shown) : cadence, shown);
        Locale viewer = locale.get();
        ViewerFormat format = new ViewerFormat(i18n, viewer);
        TimesheetWords words = new TimesheetWords(format);
        String me = timesheets.signedInUserKey();
        Timesheet sheet = timesheets.timesheet(me, period);
        Map<Long, Map<LocalDate, Long>> work = timesheets.mySecondsPerIssueAndDay(period);
        Map<LocalDate, Long> expectedPerDay = capacity.expectedSeconds(List.of(me), period.range()).get(me);
        Map<Long, IssueFacts> facts = work.isEmpty() ? Map.of() : issues.factsOf(work.keySet());
        List<PageRow> rows = new ArrayList<>();
        long[] perDay = new long[period.days().size()];
        for (Map.Entry<Long, Map<LocalDate, Long>> issue : work.entrySet()) {
            List<String> cells = new ArrayList<>();
            long issueTotal = 0;
            for (int i = 0; i < perDay.length; i++) {
                long seconds = issue.getValue().getOrDefault(period.days().get(i), 0L);
                perDay[i] += seconds;
                issueTotal += seconds;
                cells.add(words.hours(seconds, true));
            }
            cells.add(words.hours(issueTotal, false));
            IssueFacts known = facts.get(issue.getKey());
            rows.add(new PageRow(known == null ? "#" + issue.getKey() : known.key(), known == null ? "" : known.summary(), cells, "", null));
        }
        rows.sort(java.util.Comparator.comparing(PageRow::getId));
        List<PageRow> days = new ArrayList<>();
        long total = 0;
        long expectedTotal = 0;
        for (int i = 0; i < perDay.length; i++) {
            LocalDate date = period.days().get(i);
            long expected = expectedPerDay.getOrDefault(date, 0L);
            total += perDay[i];
            expectedTotal += expected;
            String state = expected == 0 ? "" : perDay[i] >= expected ? "met" : "under";
            days.add(new PageRow(date.toString(), words.dayHead(date, viewer), List.of(words.hours(perDay[i], false)), state, words.hours(expected, false)));
        }
        TimesheetPeriod previous = TimesheetWords.previous(period);
        MyTimesheetView.Period shownPeriod = new MyTimesheetView.Period(period.cadence().name(), period.first().toString(), words.label(period, viewer),
                words.range(period), TimesheetWords.query(previous), TimesheetWords.query(period.next()));
        MyTimesheetView.State state = new MyTimesheetView.State(sheet.state().name(), words.state(sheet.state()), TimesheetWords.lozenge(sheet.state()),
                lastReason(sheet), SUBMITTABLE.contains(sheet.state()));
        return new MyTimesheetView(shownPeriod, state, days, rows, words.hoursWithUnit(total), words.hoursWithUnit(expectedTotal),
                format.text("ratecard.timesheet.capacityNote"));
    }

    /** The reason of the timesheet's latest rejection or reopening, while it is in that state. */
    private String lastReason(Timesheet sheet) {
        if (sheet.id() == 0 || (sheet.state() != TimesheetState.REJECTED && sheet.state() != TimesheetState.REOPENED)) {
            return "";
        }
        List<TimesheetEvent> history = timesheets.history(sheet.userKey(), sheet.period());
        TimesheetEvent last = history.get(history.size() - 1);
        return last.reason() == null ? "" : last.reason();
    }
}
