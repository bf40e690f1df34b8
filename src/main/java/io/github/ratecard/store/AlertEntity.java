package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A budget alert. Active Objects has no unique constraint over several columns, so DEDUP_KEY
 * joins budget, version, threshold and period into one unique column: the database itself
 * refuses the same alert twice. Days are epoch days, the percent a decimal string, the time epoch milliseconds.
 */
@Table("RC_ALERT")
public interface AlertEntity extends Entity {

    String DEDUP_KEY = "DEDUP_KEY";
    String BUDGET_ID = "BUDGET_ID";
    String THRESHOLD = "THRESHOLD";
    String FIRST_DAY = "FIRST_DAY";
    String LAST_DAY = "LAST_DAY";
    String BUDGET_VERSION = "BUDGET_VERSION";
    String BASIS = "BASIS";
    String CONSUMED = "CONSUMED";
    String RAISED_AT = "RAISED_AT";

    @NotNull
    @Unique
    String getDedupKey();

    void setDedupKey(String key);

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long id);

    @NotNull
    int getThreshold();

    void setThreshold(int percent);

    @NotNull
    long getFirstDay();

    void setFirstDay(long epochDay);

    @NotNull
    long getLastDay();

    void setLastDay(long epochDay);

    @NotNull
    String getBudgetVersion();

    void setBudgetVersion(String version);

    @NotNull
    String getBasis();

    void setBasis(String basis);

    @NotNull
    String getConsumed();

    void setConsumed(String percent);

    @NotNull
    long getRaisedAt();

    void setRaisedAt(long epochMillis);
}
