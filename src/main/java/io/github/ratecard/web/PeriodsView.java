package io.github.ratecard.web;

import java.util.List;

/**
 * Finance's Periods page: months (columns) × every project and each project (rows), open or closed, with their open
 * pending changes; the form that closes or reopens one, and the pending changes of the months shown.
 */
public final class PeriodsView {

    private final List<FieldOption> months;
    private final List<FieldOption> projects;
    private final List<PeriodScope> scopes;
    private final List<PageRow> pending;
    private final String more;
    private final String previous;
    private final String next;

    public PeriodsView(List<FieldOption> months, List<FieldOption> projects, List<PeriodScope> scopes, List<PageRow> pending, String more,
                       String previous, String next) {
        this.months = List.copyOf(months);
        this.projects = List.copyOf(projects);
        this.scopes = List.copyOf(scopes);
        this.pending = List.copyOf(pending);
        this.more = more;
        this.previous = previous;
        this.next = next;
    }

    /** The months shown, oldest first: value {@code 2026-05}, label the month's name. */
    public List<FieldOption> getMonths() {
        return months;
    }

    /** Every project (value empty) and each project, for the close form. */
    public List<FieldOption> getProjects() {
        return projects;
    }

    public List<PeriodScope> getScopes() {
        return scopes;
    }

    /** The open pending changes: id the change's id; label the user; cells project, day, kind, before, after, difference. */
    public List<PageRow> getPending() {
        return pending;
    }

    public boolean isHasPending() {
        return !pending.isEmpty();
    }

    /** How many more open pending changes the months hold than the page lists, and where to find them; empty when none. */
    public String getMore() {
        return more;
    }

    public boolean isHasMore() {
        return !more.isEmpty();
    }

    /** The query string of the months before and after. */
    public String getPrevious() {
        return previous;
    }

    public String getNext() {
        return next;
    }
}
