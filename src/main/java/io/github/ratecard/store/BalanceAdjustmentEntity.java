package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A retainer balance adjustment: written once, never changed (see {@code BalanceAdjustment}). */
@Table("RC_BALANCE_ADJ")
public interface BalanceAdjustmentEntity extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String ADJ_MONTH = "ADJ_MONTH";
    String SECONDS = "SECONDS";
    String REASON = "REASON";
    String AUTHOR = "AUTHOR";
    String AT_MILLIS = "AT_MILLIS";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    @NotNull
    int getAdjMonth();

    void setAdjMonth(int month);

    @NotNull
    long getSeconds();

    void setSeconds(long seconds);

    @NotNull
    String getReason();

    void setReason(String reason);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    long getAtMillis();

    void setAtMillis(long millis);
}
