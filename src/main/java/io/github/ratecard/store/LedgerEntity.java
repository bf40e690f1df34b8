package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One priced worklog. Amounts are minor units (null when the rate is missing); days are epoch
 * days in the reporting time zone; DELETED_MILLIS marks a deleted worklog (its amounts no longer count).
 * An account's and a project's days are indexed: invoice drafts and budget breakdowns read by them.
 * WORKLOG_ID has its unique index only, and PROJECT_ID only PROJECT_DAY, whose leading column serves a
 * read by project alone; the plain indexes they had until model version 1 are dropped by
 * {@link io.github.ratecard.jira.Upgrade001LedgerIndexes}. STATUS is indexed so that the few entries
 * missing a rate are found without reading the whole ledger (health, and the list of unpriced work).
 * An author's days are indexed since model version 2 ({@link io.github.ratecard.jira.Upgrade002LedgerAuthorDays}):
 * timesheets read a user's entries of a week or a month. VALUE_MINOR (since model version 3, in
 * BILL_CURRENCY) is the worked time at the bill rate; rows of version 2 get it from
 * {@link io.github.ratecard.jira.Upgrade003LedgerValues}.
 */
@Table("RC_LEDGER")
@Indexes({
    @Index(name = "account_day", methodNames = {"getAccountKey", "getWorkDay"}),
    @Index(name = "project_day", methodNames = {"getProjectId", "getWorkDay"}),
    @Index(name = "author_day", methodNames = {"getAuthorKey", "getWorkDay"})
})
public interface LedgerEntity extends RawEntity<Long> {

    String ID = "ID";
    String WORKLOG_ID = "WORKLOG_ID";
    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STARTED_MILLIS = "STARTED_MILLIS";
    String WORK_DAY = "WORK_DAY";
    String WORKED_SECONDS = "WORKED_SECONDS";
    String BILLED_SECONDS = "BILLED_SECONDS";
    String BILLABLE = "BILLABLE";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String COST_MINOR = "COST_MINOR";
    String COST_CURRENCY = "COST_CURRENCY";
    String BILL_MINOR = "BILL_MINOR";
    String BILL_CURRENCY = "BILL_CURRENCY";
    String VALUE_MINOR = "VALUE_MINOR";
    String COST_RATE_ID = "COST_RATE_ID";
    String BILL_RATE_ID = "BILL_RATE_ID";
    String STATUS = "STATUS";
    String PRICED_MILLIS = "PRICED_MILLIS";
    String SOURCE_UPDATED_MILLIS = "SOURCE_UPDATED_MILLIS";
    String INVOICED = "INVOICED";
    String DELETED_MILLIS = "DELETED_MILLIS";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    @Unique
    long getWorklogId();

    void setWorklogId(long id);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @NotNull
    long getProjectId();

    void setProjectId(long id);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String key);

    @NotNull
    long getStartedMillis();

    void setStartedMillis(long millis);

    @NotNull
    long getWorkDay();

    void setWorkDay(long day);

    @NotNull
    long getWorkedSeconds();

    void setWorkedSeconds(long seconds);

    @NotNull
    long getBilledSeconds();

    void setBilledSeconds(long seconds);

    @NotNull
    boolean isBillable();

    void setBillable(boolean billable);

    String getAccountKey();

    void setAccountKey(String key);

    Long getCostMinor();

    void setCostMinor(Long minor);

    String getCostCurrency();

    void setCostCurrency(String currency);

    Long getBillMinor();

    void setBillMinor(Long minor);

    String getBillCurrency();

    void setBillCurrency(String currency);

    Long getValueMinor();

    void setValueMinor(Long minor);

    Long getCostRateId();

    void setCostRateId(Long id);

    Long getBillRateId();

    void setBillRateId(Long id);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    long getPricedMillis();

    void setPricedMillis(long millis);

    @NotNull
    long getSourceUpdatedMillis();

    void setSourceUpdatedMillis(long millis);

    @NotNull
    boolean isInvoiced();

    void setInvoiced(boolean invoiced);

    Long getDeletedMillis();

    void setDeletedMillis(Long millis);
}
