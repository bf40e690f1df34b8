package io.github.ratecard.web;

/** One timesheet on the Approvals page, already worded: whose, its projects, state, hours, billable share and warnings. */
public final class ApprovalRow {

    /** The figures and warnings of the row, formatted; an empty warning is none. */
    public record Figures(String hours, String billable, String missingRates, String changed) {
    }

    private final String userKey;
    private final String userName;
    private final String projects;
    private final String state;
    private final String stateText;
    private final String lozenge;
    private final Figures figures;

    public ApprovalRow(String userKey, String userName, String projects, String state, String stateText, String lozenge, Figures figures) {
        this.userKey = userKey;
        this.userName = userName;
        this.projects = projects;
        this.state = state;
        this.stateText = stateText;
        this.lozenge = lozenge;
        this.figures = figures;
    }

    public String getUserKey() {
        return userKey;
    }

    public String getUserName() {
        return userName;
    }

    public String getProjects() {
        return projects;
    }

    public String getState() {
        return state;
    }

    public String getStateText() {
        return stateText;
    }

    public String getLozenge() {
        return lozenge;
    }

    public String getHours() {
        return figures.hours();
    }

    public String getBillable() {
        return figures.billable();
    }

    public boolean isHasMissingRates() {
        return !figures.missingRates().isEmpty();
    }

    public String getMissingRates() {
        return figures.missingRates();
    }

    public boolean isHasChange() {
        return !figures.changed().isEmpty();
    }

    public String getChange() {
        return figures.changed();
    }
}
