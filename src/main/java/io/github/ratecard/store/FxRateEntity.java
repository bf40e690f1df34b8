package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An exchange rate of a currency pair ("EUR/USD") on an epoch day, kept as the plain decimal text it was given. PAIR_DAY
 * ("EUR/USD:2026-11-30") is unique so the database keeps one rate per pair and day (Active Objects has no composite
 * unique constraint). An empty source is stored as null.
 */
@Table("RC_FX_RATE")
public interface FxRateEntity extends Entity {

    String PAIR = "PAIR";
    String RATE_DAY = "RATE_DAY";
    String RATE = "RATE";
    String SOURCE = "SOURCE";
    String PAIR_DAY = "PAIR_DAY";

    @NotNull
    @Indexed
    String getPair();

    void setPair(String pair);

    @NotNull
    @Indexed
    long getRateDay();

    void setRateDay(long day);

    @NotNull
    String getRate();

    void setRate(String rate);

    String getSource();

    void setSource(String source);

    @NotNull
    @Unique
    String getPairDay();

    void setPairDay(String pairDay);
}
