package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One audited change; the snapshots are JSON. */
@Table("RC_AUDIT")
public interface AuditEntity extends RawEntity<Long> {

    String ID = "ID";
    String AT_MILLIS = "AT_MILLIS";
    String USER_KEY = "USER_KEY";
    String SUBJECT_TYPE = "SUBJECT_TYPE";
    String SUBJECT_ID = "SUBJECT_ID";
    String ACTION = "ACTION";
    String BEFORE_JSON = "BEFORE_JSON";
    String AFTER_JSON = "AFTER_JSON";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    long getAtMillis();

    void setAtMillis(long millis);

    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    String getSubjectType();

    void setSubjectType(String type);

    @NotNull
    String getSubjectId();

    void setSubjectId(String id);

    @NotNull
    String getAction();

    void setAction(String action);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeJson();

    void setBeforeJson(String json);

    @StringLength(StringLength.UNLIMITED)
    String getAfterJson();

    void setAfterJson(String json);
}
