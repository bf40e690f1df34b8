package io.github.ratecard.sandbox.model;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** Sandbox stand-in for a Jira worklog. Instants are epoch milliseconds, free of any time zone. */
@Table("SB_WORKLOG")
public interface SbWorklog extends RawEntity<Long> {

    String ID = "ID";
    String ISSUE_ID = "ISSUE_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STARTED_MILLIS = "STARTED_MILLIS";
    String TIME_SPENT = "TIME_SPENT";
    String UPDATED_MILLIS = "UPDATED_MILLIS";
    String COMMENT = "COMMENT";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    @Indexed
    int getIssueId();

    void setIssueId(int issueId);

    @NotNull
    @Indexed
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    long getStartedMillis();

    void setStartedMillis(long startedMillis);

    /** Worked time in seconds. */
    @NotNull
    long getTimeSpent();

    void setTimeSpent(long seconds);

    @NotNull
    long getUpdatedMillis();

    void setUpdatedMillis(long updatedMillis);

    String getComment();

    void setComment(String comment);
}
