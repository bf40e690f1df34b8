package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A worklog change that failed when it arrived, with the worklog's state as the event gave it (empty for a deletion) and when to try again. */
@Table("RC_RETRY")
public interface RetryEntity extends RawEntity<Long> {

    String ID = "ID";
    String WORKLOG_ID = "WORKLOG_ID";
    String KIND = "KIND";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_ID = "PROJECT_ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STARTED_MILLIS = "STARTED_MILLIS";
    String SECONDS = "SECONDS";
    String AT_MILLIS = "AT_MILLIS";
    String ATTEMPTS = "ATTEMPTS";
    String NEXT_MILLIS = "NEXT_MILLIS";
    String LAST_ERROR = "LAST_ERROR";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    @Indexed
    long getWorklogId();

    void setWorklogId(long value);

    @NotNull
    String getKind();

    void setKind(String value);

    Long getIssueId();

    void setIssueId(Long value);

    String getIssueKey();

    void setIssueKey(String value);

    Long getProjectId();

    void setProjectId(Long value);

    String getProjectKey();

    void setProjectKey(String value);

    String getAuthorKey();

    void setAuthorKey(String value);

    Long getStartedMillis();

    void setStartedMillis(Long value);

    Long getSeconds();

    void setSeconds(Long value);

    @NotNull
    long getAtMillis();

    void setAtMillis(long value);

    @NotNull
    int getAttempts();

    void setAttempts(int value);

    @NotNull
    @Indexed
    long getNextMillis();

    void setNextMillis(long value);

    @StringLength(StringLength.UNLIMITED)
    String getLastError();

    void setLastError(String value);
}
