package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A cost or bill rate. AMOUNT_E4 is the hourly amount in ten-thousandths (exact); days are
 * epoch days, VALID_TO_DAY null means open-ended. Unused scope columns are null.
 */
@Table("RC_RATE")
public interface RateEntity extends Entity {

    String RATE_TYPE = "RATE_TYPE";
    String SCOPE_KIND = "SCOPE_KIND";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String PROJECT_ID = "PROJECT_ID";
    String USER_KEY = "USER_KEY";
    String LEVEL_ID = "LEVEL_ID";
    String AMOUNT_E4 = "AMOUNT_E4";
    String CURRENCY = "CURRENCY";
    String VALID_FROM_DAY = "VALID_FROM_DAY";
    String VALID_TO_DAY = "VALID_TO_DAY";

    @NotNull
    @Indexed
    String getRateType();

    void setRateType(String type);

    @NotNull
    @Indexed
    String getScopeKind();

    void setScopeKind(String kind);

    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    Long getLevelId();

    void setLevelId(Long levelId);

    @NotNull
    long getAmountE4();

    void setAmountE4(long amount);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    long getValidFromDay();

    void setValidFromDay(long day);

    Long getValidToDay();

    void setValidToDay(Long day);
}
