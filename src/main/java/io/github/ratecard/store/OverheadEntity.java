package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An overhead rate: for a project (key) or for all (no key), from an epoch day, in basis points of labour cost. */
@Table("RC_OVERHEAD")
public interface OverheadEntity extends Entity {

    String PROJECT_KEY = "PROJECT_KEY";
    String FROM_DAY = "FROM_DAY";
    String PERCENT_BP = "PERCENT_BP";

    String getProjectKey();

    void setProjectKey(String key);

    @NotNull
    long getFromDay();

    void setFromDay(long epochDay);

    @NotNull
    int getPercentBp();

    void setPercentBp(int basisPoints);
}
