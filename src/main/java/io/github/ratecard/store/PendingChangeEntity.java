package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A change of approved or closed work the ledger has not taken: the worklog's figures before (the
 * ledger's) and after (Jira's), each user, project, epoch day and seconds, null on the missing
 * side; LOCKS the locks that held it, comma-separated. CHANGE_KEY (the worklog and Jira's time of
 * the change) is unique, so a re-delivered change is kept once. NOTICED_MILLIS: when its approvers
 * were told, so each change is told once.
 */
@Table("RC_PENDING_CHG")
public interface PendingChangeEntity extends Entity {

    String CHANGE_KEY = "CHANGE_KEY";
    String WORKLOG_ID = "WORKLOG_ID";
    String PROJECT_ID = "PROJECT_ID";
    String KIND = "KIND";
    String BEFORE_USER = "BEFORE_USER";
    String BEFORE_PROJECT_ID = "BEFORE_PROJECT_ID";
    String BEFORE_DAY = "BEFORE_DAY";
    String BEFORE_SECONDS = "BEFORE_SECONDS";
    String AFTER_USER = "AFTER_USER";
    String AFTER_PROJECT_ID = "AFTER_PROJECT_ID";
    String AFTER_DAY = "AFTER_DAY";
    String AFTER_SECONDS = "AFTER_SECONDS";
    String CHANGED_MILLIS = "CHANGED_MILLIS";
    String LOCKS = "LOCKS";
    String STATUS = "STATUS";
    String RECORDED_MILLIS = "RECORDED_MILLIS";
    String RESOLVED_BY = "RESOLVED_BY";
    String RESOLVED_MILLIS = "RESOLVED_MILLIS";
    String OPEN_KEY = "OPEN_KEY";
    String NOTICED_MILLIS = "NOTICED_MILLIS";

    @NotNull
    @Unique
    @StringLength(40)
    String getChangeKey();

    void setChangeKey(String key);

    /** The worklog's id while the change is open, so no worklog has two open changes; "closed:" and the row's id once resolved. */
    @NotNull
    @Unique
    @StringLength(40)
    String getOpenKey();

    void setOpenKey(String key);

    @NotNull
    @Indexed
    long getWorklogId();

    void setWorklogId(long id);

    /** The project the change belongs to: after it, or before it for a deletion. */
    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long id);

    /** CREATED, EDITED or DELETED. */
    @NotNull
    String getKind();

    void setKind(String kind);

    String getBeforeUser();

    void setBeforeUser(String userKey);

    /** Indexed: a project's list also holds the changes of work that moved out of it. */
    @Indexed
    Long getBeforeProjectId();

    void setBeforeProjectId(Long id);

    Long getBeforeDay();

    void setBeforeDay(Long epochDay);

    Long getBeforeSeconds();

    void setBeforeSeconds(Long seconds);

    String getAfterUser();

    void setAfterUser(String userKey);

    Long getAfterProjectId();

    void setAfterProjectId(Long id);

    Long getAfterDay();

    void setAfterDay(Long epochDay);

    Long getAfterSeconds();

    void setAfterSeconds(Long seconds);

    @NotNull
    long getChangedMillis();

    void setChangedMillis(long millis);

    @NotNull
    String getLocks();

    void setLocks(String locks);

    /** OPEN, ACCEPTED, FLAGGED or SUPERSEDED. */
    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    long getRecordedMillis();

    void setRecordedMillis(long millis);

    String getResolvedBy();

    void setResolvedBy(String userKey);

    Long getResolvedMillis();

    void setResolvedMillis(Long millis);

    /** When its approvers were told (their e-mails queued); null until then. */
    Long getNoticedMillis();

    void setNoticedMillis(Long millis);
}
