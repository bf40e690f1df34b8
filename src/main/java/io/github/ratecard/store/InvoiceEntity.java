package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An invoice or credit note; amounts in minor units of CURRENCY, the tax rate in basis points,
 * days epoch days, times epoch milliseconds, the exchange rate a decimal string. NUMBER is unique:
 * the database refuses a number twice (drafts have none).
 */
@Table("RC_INVOICE")
public interface InvoiceEntity extends Entity {

    String KIND = "KIND";
    String STATUS = "STATUS";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String NUMBER = "NUMBER";
    String FIRST_DAY = "FIRST_DAY";
    String LAST_DAY = "LAST_DAY";
    String LINE_GROUPING = "LINE_GROUPING";
    String CURRENCY = "CURRENCY";
    String PROJECT_KEYS = "PROJECT_KEYS";
    String TAX_BP = "TAX_BP";
    String ISSUE_DAY = "ISSUE_DAY";
    String ISSUED_MILLIS = "ISSUED_MILLIS";
    String ISSUED_BY = "ISSUED_BY";
    String CREDIT_OF = "CREDIT_OF";
    String VOID_REASON = "VOID_REASON";
    String EXCHANGE_RATE = "EXCHANGE_RATE";
    String BASE_TOTAL_MINOR = "BASE_TOTAL_MINOR";
    String BASE_CURRENCY = "BASE_CURRENCY";
    String CREATED_BY = "CREATED_BY";
    String JQL = "JQL";

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    @Indexed
    String getNumber();

    void setNumber(String number);

    @NotNull
    long getFirstDay();

    void setFirstDay(long epochDay);

    @NotNull
    long getLastDay();

    void setLastDay(long epochDay);

    @NotNull
    String getLineGrouping();

    void setLineGrouping(String grouping);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    /** Comma-separated project keys the draft is narrowed to; empty for all. */
    String getProjectKeys();

    void setProjectKeys(String keys);

    /** The JQL query the draft is narrowed to; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    @NotNull
    int getTaxBp();

    void setTaxBp(int basisPoints);

    Long getIssueDay();

    void setIssueDay(Long epochDay);

    Long getIssuedMillis();

    void setIssuedMillis(Long millis);

    String getIssuedBy();

    void setIssuedBy(String user);

    @Indexed
    Long getCreditOf();

    void setCreditOf(Long invoiceId);

    String getVoidReason();

    void setVoidReason(String reason);

    String getExchangeRate();

    void setExchangeRate(String rate);

    Long getBaseTotalMinor();

    void setBaseTotalMinor(Long minor);

    String getBaseCurrency();

    void setBaseCurrency(String currency);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String user);
}
