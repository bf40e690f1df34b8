package io.github.ratecard.approval;

/** How a project's timesheets run: week (the default) or month, and whether they are submitted automatically when the period ends. */
public interface TimesheetSettings {

    Cadence cadence(long projectId);

    boolean autoSubmit(long projectId);

    void setCadence(long projectId, Cadence cadence);

    void setAutoSubmit(long projectId, boolean autoSubmit);

    /** The projects whose timesheets are submitted automatically when their period ends. */
    java.util.Set<Long> autoSubmitProjects();
}
