package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A user's timesheet for one period (CADENCE and FIRST_DAY, an epoch day) in its approval STATE.
 * Active Objects has no unique key over several columns, so SHEET_KEY (a digest of the user, the
 * cadence and the first day) is the unique one: two writers cannot create the same timesheet.
 * STEPS counts its history's events; the next event's step key makes each move happen once.
 */
@Table("RC_TIMESHEET")
public interface TimesheetEntity extends Entity {

    String SHEET_KEY = "SHEET_KEY";
    String USER_KEY = "USER_KEY";
    String CADENCE = "CADENCE";
    String FIRST_DAY = "FIRST_DAY";
    String STATE = "STATE";
    String STEPS = "STEPS";
    String UPDATED_MILLIS = "UPDATED_MILLIS";
    String PROJECTS = "PROJECTS";
    String HOLDS = "HOLDS";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getSheetKey();

    void setSheetKey(String key);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** WEEK or MONTH. */
    @NotNull
    String getCadence();

    void setCadence(String cadence);

    @NotNull
    @Indexed
    long getFirstDay();

    void setFirstDay(long epochDay);

    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    int getSteps();

    void setSteps(int steps);

    @NotNull
    long getUpdatedMillis();

    void setUpdatedMillis(long millis);

    /**
     * The projects the timesheet covered when it was last approved, ids separated and enclosed by commas
     * ({@code ,10,11,}), so its days stay locked in them whatever their cadence later becomes; null before an
     * approval, for timesheets approved before Ratecard kept it, or for more projects than the column holds.
     */
    @StringLength(450)
    String getProjects();

    void setProjects(String projects);

    /**
     * Counts the ledger writes that touched the timesheet while it was SUBMITTED: the write takes the row's lock, so
     * an approval of the timesheet waits for it, and a write waits for an approval in flight and then sees it.
     */
    Integer getHolds();

    void setHolds(Integer holds);
}
