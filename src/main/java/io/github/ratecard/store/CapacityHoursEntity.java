package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Expected seconds of a working day over a period, of a staff level (LEVEL_ID set) or of one user (USER_KEY set);
 * days are epoch days, VALID_TO_DAY null means open-ended. One table for both, so one statement reads them.
 */
@Table("RC_CAP_HOURS")
public interface CapacityHoursEntity extends Entity {

    String LEVEL_ID = "LEVEL_ID";
    String USER_KEY = "USER_KEY";
    String SECONDS_PER_DAY = "SECONDS_PER_DAY";
    String VALID_FROM_DAY = "VALID_FROM_DAY";
    String VALID_TO_DAY = "VALID_TO_DAY";

    @Indexed
    Long getLevelId();

    void setLevelId(Long levelId);

    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getSecondsPerDay();

    void setSecondsPerDay(long seconds);

    @NotNull
    long getValidFromDay();

    void setValidFromDay(long day);

    Long getValidToDay();

    void setValidToDay(Long day);
}
