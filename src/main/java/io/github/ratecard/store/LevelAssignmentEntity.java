package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user's staff level over a period; days are epoch days, VALID_TO_DAY null means open-ended. */
@Table("RC_LEVEL_ASSIGN")
public interface LevelAssignmentEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String LEVEL_ID = "LEVEL_ID";
    String VALID_FROM_DAY = "VALID_FROM_DAY";
    String VALID_TO_DAY = "VALID_TO_DAY";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    long getLevelId();

    void setLevelId(long levelId);

    @NotNull
    long getValidFromDay();

    void setValidFromDay(long day);

    Long getValidToDay();

    void setValidToDay(Long day);
}
