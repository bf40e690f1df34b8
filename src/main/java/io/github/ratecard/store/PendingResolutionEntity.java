package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How a pending change left OPEN: accepted, flagged or superseded, by whom and when. PENDING_ID is
 * unique, so of two writers resolving the same change at once only the first keeps its resolution;
 * the other's insert is refused by the database (Active Objects has no conditional update).
 */
@Table("RC_PENDING_RES")
public interface PendingResolutionEntity extends Entity {

    String PENDING_ID = "PENDING_ID";
    String STATUS = "STATUS";
    String BY_USER = "BY_USER";
    String AT_MILLIS = "AT_MILLIS";

    @NotNull
    @Unique
    long getPendingId();

    void setPendingId(long id);

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    String getByUser();

    void setByUser(String userKey);

    @NotNull
    long getAtMillis();

    void setAtMillis(long millis);
}
