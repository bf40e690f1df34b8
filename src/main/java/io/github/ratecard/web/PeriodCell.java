package io.github.ratecard.web;

/** One month of one scope on the Periods page: which, whether closed, and its open pending changes (a scope of every project has none of its own). */
public final class PeriodCell {

    private final String month;
    private final String project;
    private final boolean closed;
    private final String stateText;
    private final long pending;
    private final String pendingText;

    public PeriodCell(String month, String project, boolean closed, String stateText, long pending, String pendingText) {
        this.month = month;
        this.project = project;
        this.closed = closed;
        this.stateText = stateText;
        this.pending = pending;
        this.pendingText = pendingText;
    }

    /** The same month, closed by the close of every project (reopened there, not per project), worded so. */
    PeriodCell closedForEveryProject(String text) {
        return new PeriodCell(month, project, true, text, pending, pendingText);
    }

    /** {@code 2026-05}. */
    public String getMonth() {
        return month;
    }

    /** The project's key; empty for every project. */
    public String getProject() {
        return project;
    }

    public boolean isClosed() {
        return closed;
    }

    public String getStateText() {
        return stateText;
    }

    public boolean isHasPending() {
        return pending > 0;
    }

    public String getPendingText() {
        return pendingText;
    }
}
