package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A budget as agreed; days are epoch days, the amount minor units of its currency, thresholds a
 * comma list of percents, amounts per period a semicolon list of {@code yyyy-mm-dd=minor}.
 */
@Table("RC_BUDGET")
public interface BudgetEntity extends Entity {

    String SCOPE_KIND = "SCOPE_KIND";
    String SCOPE_KEY = "SCOPE_KEY";
    String MEASURE = "MEASURE";
    String AMOUNT_MINOR = "AMOUNT_MINOR";
    String CURRENCY = "CURRENCY";
    String HOURS = "HOURS";
    String PERIOD_KIND = "PERIOD_KIND";
    String FIRST_DAY = "FIRST_DAY";
    String LAST_DAY = "LAST_DAY";
    String THRESHOLDS = "THRESHOLDS";
    String OWNER = "OWNER";
    String PERIOD_AMOUNTS = "PERIOD_AMOUNTS";

    @NotNull
    String getScopeKind();

    void setScopeKind(String kind);

    @NotNull
    @Indexed
    String getScopeKey();

    void setScopeKey(String key);

    @NotNull
    String getMeasure();

    void setMeasure(String measure);

    Long getAmountMinor();

    void setAmountMinor(Long minor);

    String getCurrency();

    void setCurrency(String currency);

    Long getHours();

    void setHours(Long hours);

    @NotNull
    String getPeriodKind();

    void setPeriodKind(String kind);

    @NotNull
    long getFirstDay();

    void setFirstDay(long epochDay);

    @NotNull
    long getLastDay();

    void setLastDay(long epochDay);

    @NotNull
    String getThresholds();

    void setThresholds(String thresholds);

    @NotNull
    String getOwner();

    void setOwner(String owner);

    @StringLength(StringLength.UNLIMITED)
    String getPeriodAmounts();

    void setPeriodAmounts(String amounts);
}
