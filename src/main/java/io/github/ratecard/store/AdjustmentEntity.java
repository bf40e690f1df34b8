package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Invoiced work changed since: PENDING until an invoice (BILLED_ON) bills the difference; minor units of CURRENCY. */
@Table("RC_INV_ADJ")
public interface AdjustmentEntity extends Entity {

    String WORKLOG_ID = "WORKLOG_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String INVOICE_ID = "INVOICE_ID";
    String INVOICE_NUMBER = "INVOICE_NUMBER";
    String ISSUE_KEY = "ISSUE_KEY";
    String DELTA_SECONDS = "DELTA_SECONDS";
    String DELTA_MINOR = "DELTA_MINOR";
    String CURRENCY = "CURRENCY";
    String DELETED = "DELETED";
    String STATE = "STATE";
    String BILLED_ON = "BILLED_ON";

    @NotNull
    @Indexed
    long getWorklogId();

    void setWorklogId(long id);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    @NotNull
    long getInvoiceId();

    void setInvoiceId(long id);

    @NotNull
    String getInvoiceNumber();

    void setInvoiceNumber(String number);

    @NotNull
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    long getDeltaSeconds();

    void setDeltaSeconds(long seconds);

    @NotNull
    long getDeltaMinor();

    void setDeltaMinor(long minor);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    boolean isDeleted();

    void setDeleted(boolean deleted);

    /** PENDING or BILLED. */
    @NotNull
    String getState();

    void setState(String state);

    @Indexed
    Long getBilledOn();

    void setBilledOn(Long invoiceId);
}
