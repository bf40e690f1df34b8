package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A subscriber of the weekly hints e-mail; FINANCE as noted when they subscribed; times in epoch milliseconds. */
@Table("RC_HINT_DIGEST")
public interface HintDigestEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String FINANCE = "FINANCE";
    String SINCE = "SINCE";
    String LAST_SENT = "LAST_SENT";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    boolean isFinance();

    void setFinance(boolean finance);

    @NotNull
    long getSince();

    void setSince(long millis);

    Long getLastSent();

    void setLastSent(Long millis);
}
