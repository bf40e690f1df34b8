package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user's absence from FIRST_DAY to LAST_DAY (epoch days, both included), a full or a half day each. */
@Table("RC_ABSENCE")
public interface AbsenceEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String FIRST_DAY = "FIRST_DAY";
    String LAST_DAY = "LAST_DAY";
    String HALF_DAY = "HALF_DAY";
    String REASON = "REASON";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    long getFirstDay();

    void setFirstDay(long day);

    @NotNull
    long getLastDay();

    void setLastDay(long day);

    @NotNull
    boolean isHalfDay();

    void setHalfDay(boolean halfDay);

    String getReason();

    void setReason(String reason);
}
