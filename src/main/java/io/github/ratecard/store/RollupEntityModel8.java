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
 * The rollup table as model version 8 declared it, frozen for {@link io.github.ratecard.jira.Upgrade008RollupLines}:
 * RollupEntity's annotations, getters and setters as of model version 8 (the index on KIND and PERIOD_MONTH gone on with
 * PROJECT_ID and USER_KEY), under another name, mapped to the same table. Not one of the app's
 * entities (see {@link Entities}): only the upgrade task migrates it.
 */
@Table("RC_ROLLUP")
@Indexes(@Index(name = "month_lines", methodNames = {"getKind", "getPeriodMonth", "getProjectId", "getUserKey"}))
public interface RollupEntityModel8 extends RawEntity<Long> {

    @AutoIncrement
    @NotNull
    @PrimaryKey("ID")
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
