package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * The rollup table as model version 2 declared it, for the upgrade tests: RollupEntity's annotations, getters and
 * setters as of commit 6dbd4bc, under another name, mapped to the same table.
 */
@Table("RC_ROLLUP")
public interface RollupEntityModel2 extends RawEntity<Long> {

    @AutoIncrement
    @NotNull
    @PrimaryKey("ID")
    long getId();

    @NotNull
    @Indexed
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
    @Indexed
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
}
