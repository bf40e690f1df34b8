package io.github.ratecard.store;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A worklog's billing override, by Jira's worklog id; null parts are not overridden. */
@Table("RC_OVERRIDE")
public interface WorklogOverrideEntity extends net.java.ao.Entity {

    String WORKLOG_ID = "WORKLOG_ID";
    String BILLABLE = "BILLABLE";
    String BILLED_SECONDS = "BILLED_SECONDS";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String REASON = "REASON";
    String SET_BY = "SET_BY";
    String SET_AT_MILLIS = "SET_AT_MILLIS";

    @NotNull
    @Indexed
    @Unique
    long getWorklogId();

    void setWorklogId(long worklogId);

    Boolean getBillable();

    void setBillable(Boolean billable);

    Long getBilledSeconds();

    void setBilledSeconds(Long billedSeconds);

    String getAccountKey();

    void setAccountKey(String accountKey);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getSetBy();

    void setSetBy(String setBy);

    @NotNull
    long getSetAtMillis();

    void setSetAtMillis(long setAtMillis);
}
