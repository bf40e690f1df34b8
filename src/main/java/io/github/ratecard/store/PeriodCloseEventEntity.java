package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One close or reopen of a month; STEP_KEY (the close record's id and the step's number) is unique, as for timesheets. */
@Table("RC_CLOSE_EVT")
public interface PeriodCloseEventEntity extends Entity {

    String STEP_KEY = "STEP_KEY";
    String CLOSE_ID = "CLOSE_ID";
    String ACTION = "ACTION";
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
    long getCloseId();

    void setCloseId(long id);

    /** CLOSE or REOPEN. */
    @NotNull
    String getAction();

    void setAction(String action);

    String getByUser();

    void setByUser(String userKey);

    @NotNull
    long getAtMillis();

    void setAtMillis(long millis);

    String getReason();

    void setReason(String reason);
}
