package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One dated terms entry of a contract. KIND says which columns hold values: a retainer uses all of them (AMOUNT_MINOR is
 * its fee, OVERAGE_RATE ten-thousandths per hour or empty for the rate card), a cap PERIOD_KIND and AMOUNT_MINOR (its
 * limit), a fixed fee none (its instalments are rows of {@link InstalmentEntity}), time and materials none.
 */
@Table("RC_CONTRACT_TERMS")
public interface ContractTermsEntity extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String FROM_MONTH = "FROM_MONTH";
    String KIND = "KIND";
    String PERIOD_KIND = "PERIOD_KIND";
    String AMOUNT_MINOR = "AMOUNT_MINOR";
    String PREPAID_SECONDS = "PREPAID_SECONDS";
    String ROLLOVER_SECONDS = "ROLLOVER_SECONDS";
    String EXPIRY_PERIODS = "EXPIRY_PERIODS";
    String OVERAGE_RATE = "OVERAGE_RATE";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    @NotNull
    int getFromMonth();

    void setFromMonth(int month);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getPeriodKind();

    void setPeriodKind(String kind);

    Long getAmountMinor();

    void setAmountMinor(Long minor);

    Long getPrepaidSeconds();

    void setPrepaidSeconds(Long seconds);

    Long getRolloverSeconds();

    void setRolloverSeconds(Long seconds);

    Integer getExpiryPeriods();

    void setExpiryPeriods(Integer periods);

    Long getOverageRate();

    void setOverageRate(Long tenThousandths);
}
