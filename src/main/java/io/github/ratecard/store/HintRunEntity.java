package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One evaluation of the hints, asked for (REQUESTED_*) or daily; FINISHED_AT is null while it waits; FAILURES is JSON. */
@Table("RC_HINT_RUN")
public interface HintRunEntity extends Entity {

    String REQUESTED_BY = "REQUESTED_BY";
    String REQUESTED_AT = "REQUESTED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String FAILURES = "FAILURES";
    String FOUND = "FOUND";

    String getRequestedBy();

    void setRequestedBy(String userKey);

    Long getRequestedAt();

    void setRequestedAt(Long millis);

    Long getFinishedAt();

    void setFinishedAt(Long millis);

    @StringLength(StringLength.UNLIMITED)
    String getFailures();

    void setFailures(String json);

    int getFound();

    void setFound(int found);
}
