package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * A worklog billed on an issued invoice. The worklog id is the primary key, so the database itself
 * refuses to bill a worklog on two invoices; a void deletes the invoice's rows. The rate is in
 * ten-thousandths, the amount minor units, the day an epoch day.
 */
@Table("RC_INV_WORK")
public interface InvoicedWorkEntity extends RawEntity<Long> {

    String WORKLOG_ID = "WORKLOG_ID";
    String INVOICE_ID = "INVOICE_ID";
    String LINE_KEY = "LINE_KEY";
    String WORK_DAY = "WORK_DAY";
    String ISSUE_KEY = "ISSUE_KEY";
    String SUMMARY = "SUMMARY";
    String AUTHOR = "AUTHOR";
    String LEVEL_NAME = "LEVEL_NAME";
    String WORKED_SECONDS = "WORKED_SECONDS";
    String BILLED_SECONDS = "BILLED_SECONDS";
    String RATE_TT = "RATE_TT";
    String AMOUNT_MINOR = "AMOUNT_MINOR";

    @PrimaryKey(WORKLOG_ID)
    @NotNull
    long getWorklogId();

    void setWorklogId(long id);

    @NotNull
    @Indexed
    long getInvoiceId();

    void setInvoiceId(long id);

    @NotNull
    String getLineKey();

    void setLineKey(String key);

    @NotNull
    long getWorkDay();

    void setWorkDay(long epochDay);

    @NotNull
    String getIssueKey();

    void setIssueKey(String key);

    String getSummary();

    void setSummary(String summary);

    String getAuthor();

    void setAuthor(String author);

    String getLevelName();

    void setLevelName(String level);

    @NotNull
    long getWorkedSeconds();

    void setWorkedSeconds(long seconds);

    @NotNull
    long getBilledSeconds();

    void setBilledSeconds(long seconds);

    @NotNull
    long getRateTt();

    void setRateTt(long tenThousandths);

    @NotNull
    long getAmountMinor();

    void setAmountMinor(long minor);
}
