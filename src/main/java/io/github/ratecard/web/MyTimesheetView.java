package io.github.ratecard.web;

import java.util.List;

/**
 * The My timesheet page, formatted for its viewer: the period and the links to the ones before and after it, the
 * timesheet's state and last reason, the grid of issues × days with each day's total against the expected hours.
 */
public final class MyTimesheetView {

    /** The period: its cadence, first day, words and neighbours (query strings of the page). */
    public record Period(String cadence, String day, String label, String range, String previous, String next) {
    }

    /** The timesheet: state name, its words, its lozenge's class, the last reason given (empty for none), whether it can be submitted. */
    public record State(String name, String text, String lozenge, String reason, boolean submittable) {
    }

    private final Period period;
    private final State state;
    private final List<PageRow> days;
    private final List<PageRow> issues;
    private final String total;
    private final String expectedTotal;
    private final String expectedNote;

    public MyTimesheetView(Period period, State state, List<PageRow> days, List<PageRow> issues, String total, String expectedTotal, String expectedNote) {
        this.period = period;
        this.state = state;
        this.days = List.copyOf(days);
        this.issues = List.copyOf(issues);
        this.total = total;
        this.expectedTotal = expectedTotal;
        this.expectedNote = expectedNote;
    }

    public String getCadence() {
        return period.cadence();
    }

    /** The period's first day (ISO), what the submit call names. */
    public String getDay() {
        return period.day();
    }

    public String getLabel() {
        return period.label();
    }

    public String getRange() {
        return period.range();
    }

    public String getPrevious() {
        return period.previous();
    }

    public String getNext() {
        return period.next();
    }

    public String getState() {
        return state.name();
    }

    public String getStateText() {
        return state.text();
    }

    public String getLozenge() {
        return state.lozenge();
    }

    public boolean isHasReason() {
        return !state.reason().isEmpty();
    }

    public String getReason() {
        return state.reason();
    }

    public boolean isSubmittable() {
        return state.submittable() && !issues.isEmpty();
    }

    /** One per day: label (weekday and date), value the hours worked, note the hours expected, state {@code under}, {@code met} or empty (none expected). */
    public List<PageRow> getDays() {
        return days;
    }

    /** One per issue: id the issue key, label its summary, cells the hours per day and the issue's total. */
    public List<PageRow> getIssues() {
        return issues;
    }

    public boolean isHasWork() {
        return !issues.isEmpty();
    }

    public String getTotal() {
        return total;
    }

    public String getExpectedTotal() {
        return expectedTotal;
    }

    public String getExpectedNote() {
        return expectedNote;
    }
}
