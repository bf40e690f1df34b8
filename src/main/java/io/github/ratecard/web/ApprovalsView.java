package io.github.ratecard.web;

import java.util.List;

/**
 * The Approvals page: the period (with its neighbours), the filters and their choices, the timesheets the viewer
 * approves that pass them, and, when there are none, why.
 */
public final class ApprovalsView {

    /** The filters as chosen: state name, project key and user text; empty for any. */
    public record Filters(String state, String project, String user) {
    }

    private final MyTimesheetView.Period period;
    private final Filters filters;
    private final List<FieldOption> states;
    private final List<FieldOption> projects;
    private final List<ApprovalRow> rows;
    private final String empty;

    public ApprovalsView(MyTimesheetView.Period period, Filters filters, List<FieldOption> states, List<FieldOption> projects, List<ApprovalRow> rows,
                         String empty) {
        this.period = period;
        this.filters = filters;
        this.states = List.copyOf(states);
        this.projects = List.copyOf(projects);
        this.rows = List.copyOf(rows);
        this.empty = empty;
    }

    public String getCadence() {
        return period.cadence();
    }

    public String getDay() {
        return period.day();
    }

    public String getLabel() {
        return period.label();
    }

    public String getRange() {
        return period.range();
    }

    /** The previous period's query string, the filters kept. */
    public String getPrevious() {
        return period.previous() + filterQuery();
    }

    public String getNext() {
        return period.next() + filterQuery();
    }

    public boolean isMonthly() {
        return "MONTH".equals(period.cadence());
    }

    public String getUser() {
        return filters.user();
    }

    public List<FieldOption> getStates() {
        return states;
    }

    public List<FieldOption> getProjects() {
        return projects;
    }

    public List<ApprovalRow> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Why the list is empty and what to do. */
    public String getEmptyText() {
        return empty;
    }

    private String filterQuery() {
        return "&state=" + encode(filters.state()) + "&project=" + encode(filters.project()) + "&user=" + encode(filters.user());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
