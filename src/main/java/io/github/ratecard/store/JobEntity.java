package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A ledger job: what it walks (the affected work's columns; user keys one per line), where it is and how far it got. */
@Table("RC_JOB")
public interface JobEntity extends RawEntity<Long> {

    String ID = "ID";
    String KIND = "KIND";
    String STATE = "STATE";
    String REASON = "REASON";
    String PROJECT_ID = "PROJECT_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String USER_KEYS = "USER_KEYS";
    String FROM_DAY = "FROM_DAY";
    String TO_DAY = "TO_DAY";
    String POSITION = "POSITION";
    String DONE_COUNT = "DONE_COUNT";
    String SKIPPED = "SKIPPED";
    String TOTAL = "TOTAL";
    String ACTIVE_MILLIS = "ACTIVE_MILLIS";
    String FAILURES = "FAILURES";
    String LAST_ERROR = "LAST_ERROR";
    String REQUESTED_BY = "REQUESTED_BY";
    String CREATED_MILLIS = "CREATED_MILLIS";
    String UPDATED_MILLIS = "UPDATED_MILLIS";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    String getKind();

    void setKind(String value);

    @NotNull
    @Indexed
    String getState();

    void setState(String value);

    @NotNull
    String getReason();

    void setReason(String value);

    Long getProjectId();

    void setProjectId(Long value);

    String getAccountKey();

    void setAccountKey(String value);

    @StringLength(StringLength.UNLIMITED)
    String getUserKeys();

    void setUserKeys(String value);

    Long getFromDay();

    void setFromDay(Long value);

    Long getToDay();

    void setToDay(Long value);

    @NotNull
    long getPosition();

    void setPosition(long value);

    @NotNull
    long getDoneCount();

    void setDoneCount(long value);

    @NotNull
    long getSkipped();

    void setSkipped(long value);

    @NotNull
    long getTotal();

    void setTotal(long value);

    @NotNull
    long getActiveMillis();

    void setActiveMillis(long value);

    @NotNull
    int getFailures();

    void setFailures(int value);

    @StringLength(StringLength.UNLIMITED)
    String getLastError();

    void setLastError(String value);

    @NotNull
    String getRequestedBy();

    void setRequestedBy(String value);

    @NotNull
    long getCreatedMillis();

    void setCreatedMillis(long value);

    @NotNull
    long getUpdatedMillis();

    void setUpdatedMillis(long value);
}
