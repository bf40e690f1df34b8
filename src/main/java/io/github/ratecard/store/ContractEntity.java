package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A client account's contract: its currency and months of validity (epoch months, see {@link ContractRows}); its terms are rows of their own. */
@Table("RC_CONTRACT")
public interface ContractEntity extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String CURRENCY = "CURRENCY";
    String VALID_FROM_MONTH = "VALID_FROM_MONTH";
    String VALID_TO_MONTH = "VALID_TO_MONTH";

    @NotNull
    @Unique
    String getAccountKey();

    void setAccountKey(String key);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    int getValidFromMonth();

    void setValidFromMonth(int month);

    Integer getValidToMonth();

    void setValidToMonth(Integer month);
}
