package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * A contribution to a rollup group. Rows are only ever appended (one per changed group and
 * ledger change), so concurrent writers on a cluster never overwrite each other; a group's
 * figures are the sum of its rows. The columns since model version 3 have a default, so that the
 * database can add them to the rows a version 2 wrote (their figures are rebuilt by
 * model version 3's upgrade task). Since model version 5 ({@link io.github.ratecard.jira.Upgrade005RollupMonths}) one index
 * led by KIND and PERIOD_MONTH serves every read of a kind's months (the reports read one kind of one year among many years
 * of all kinds) in place of the two indexes on each alone, which PostgreSQL preferred and then filtered. Since model
 * version 8 ({@link io.github.ratecard.jira.Upgrade008RollupLines}) that index goes on with PROJECT_ID and USER_KEY, the
 * leading keys of a line of the profitability report by person, so that the report's rows come in the order of its lines
 * with at most a sort of each person's few rows. It stops there: with ACCOUNT_KEY and CURRENCY, four text columns of 255
 * characters would pass MySQL's 3,072-byte key limit in utf8mb4 (see IndexKeyLengthTest).
 */
@Table("RC_ROLLUP")
@Indexes(@Index(name = "month_lines", methodNames = {"getKind", "getPeriodMonth", "getProjectId", "getUserKey"}))
public interface RollupEntity extends RawEntity<Long> {

    String ID = "ID";
    String KIND = "KIND";
    String PROJECT_ID = "PROJECT_ID";
    String USER_KEY = "USER_KEY";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String CURRENCY = "CURRENCY";
    String PERIOD_MONTH = "PERIOD_MONTH";
    String PERIOD_DAY = "PERIOD_DAY";
    String WORKED_SECONDS = "WORKED_SECONDS";
    String BILLED_SECONDS = "BILLED_SECONDS";
    String COST_MINOR = "COST_MINOR";
    String BILL_MINOR = "BILL_MINOR";
    String ENTRIES = "ENTRIES";
    String UNPRICED = "UNPRICED";
    String BILLABLE_SECONDS = "BILLABLE_SECONDS";
    String VALUE_MINOR = "VALUE_MINOR";
    String UNVALUED = "UNVALUED";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    String getKind();

    void setKind(String kind);

    @Indexed
    Long getProjectId();

    void setProjectId(Long id);

    String getUserKey();

    void setUserKey(String key);

    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    String getCurrency();

    void setCurrency(String currency);

    /** year × 100 + month, e.g. 202611 (see PeriodMonths). */
    @NotNull
    int getPeriodMonth();

    void setPeriodMonth(int month);

    /** The day (days since 1970-01-01) of the daily kinds; empty for the monthly ones. */
    Long getPeriodDay();

    void setPeriodDay(Long day);

    @NotNull
    long getWorkedSeconds();

    void setWorkedSeconds(long seconds);

    @NotNull
    long getBilledSeconds();

    void setBilledSeconds(long seconds);

    @NotNull
    long getCostMinor();

    void setCostMinor(long minor);

    @NotNull
    long getBillMinor();

    void setBillMinor(long minor);

    @NotNull
    long getEntries();

    void setEntries(long entries);

    @NotNull
    long getUnpriced();

    void setUnpriced(long unpriced);

    @NotNull
    @Default("0")
    long getBillableSeconds();

    void setBillableSeconds(long seconds);

    @NotNull
    @Default("0")
    long getValueMinor();

    void setValueMinor(long minor);

    @NotNull
    @Default("0")
    long getUnvalued();

    void setUnvalued(long unvalued);
}
