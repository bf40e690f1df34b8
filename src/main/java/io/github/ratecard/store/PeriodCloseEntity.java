package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Whether a month (PERIOD_MONTH, year × 100 + month) is CLOSED for every project (PROJECT_ID null)
 * or one project. CLOSE_KEY (the scope and the month) is the unique key Active Objects cannot put
 * on two columns: two writers cannot create the same month's record. STEPS counts its history's events.
 */
@Table("RC_PERIOD_CLOSE")
public interface PeriodCloseEntity extends Entity {

    String CLOSE_KEY = "CLOSE_KEY";
    String PROJECT_ID = "PROJECT_ID";
    String PERIOD_MONTH = "PERIOD_MONTH";
    String CLOSED = "CLOSED";
    String STEPS = "STEPS";

    @NotNull
    @Unique
    @Indexed
    @StringLength(40)
    String getCloseKey();

    void setCloseKey(String key);

    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @NotNull
    @Indexed
    int getPeriodMonth();

    void setPeriodMonth(int month);

    @NotNull
    boolean isClosed();

    void setClosed(boolean closed);

    @NotNull
    int getSteps();

    void setSteps(int steps);
}
