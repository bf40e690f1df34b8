package io.github.ratecard.approval;

/**
 * How a project's timesheets run: week (the default) or month, and whether they are submitted automatically when
 * the period ends; and how approval shapes its figures: whether invoice drafts take only approved time (default
 * off), and which approval state its billing report shows unless asked otherwise (default all).
 */
public interface TimesheetSettings {

    Cadence cadence(long projectId);

    boolean autoSubmit(long projectId);

    void setCadence(long projectId, Cadence cadence);

    void setAutoSubmit(long projectId, boolean autoSubmit);

    boolean draftsApprovedOnly(long projectId);

    ApprovalFilter reportFilter(long projectId);

    void setDraftsApprovedOnly(long projectId, boolean approvedOnly);

    void setReportFilter(long projectId, ApprovalFilter filter);

    /** The projects whose timesheets are submitted automatically when their period ends. */
    java.util.Set<Long> autoSubmitProjects();
}
