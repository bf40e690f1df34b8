package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One step of a timesheet's history. STEP_KEY (the timesheet's id and the step's number) is
 * unique: of two writers moving the same timesheet from the same state, only the first keeps its step.
 */
@Table("RC_TIMESHEET_EVT")
public interface TimesheetEventEntity extends Entity {

    String STEP_KEY = "STEP_KEY";
    String TIMESHEET_ID = "TIMESHEET_ID";
    String ACTION = "ACTION";
    String FROM_STATE = "FROM_STATE";
    String TO_STATE = "TO_STATE";
    String BY_USER = "BY_USER";
    String AT_MILLIS = "AT_MILLIS";
    String REASON = "REASON";

    @NotNull
    @Unique
    @StringLength(40)
    String getStepKey();

    void setStepKey(String key);

    @NotNull
    @Indexed
    long getTimesheetId();

    void setTimesheetId(long id);

    @NotNull
    String getAction();

    void setAction(String action);

    @NotNull
    String getFromState();

    void setFromState(String state);

    @NotNull
    String getToState();

    void setToState(String state);

    /** Null when Ratecard itself acted (the automatic submit at the period's end). */
    String getByUser();

    void setByUser(String userKey);

    @NotNull
    long getAtMillis();

    void setAtMillis(long millis);

    String getReason();

    void setReason(String reason);
}
