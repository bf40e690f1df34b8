package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A profitability report kept as a snapshot: the query it answers, when it was computed and last asked for, and the report as JSON. */
@Table("RC_MARGIN_SNAP")
public interface MarginSnapshotEntity extends Entity {

    String QUERY_KEY = "QUERY_KEY";
    String COMPUTED_AT = "COMPUTED_AT";
    String ASKED_AT = "ASKED_AT";
    String REPORT = "REPORT";

    @NotNull
    @Indexed
    String getQueryKey();

    void setQueryKey(String key);

    long getComputedAt();

    void setComputedAt(long millis);

    long getAskedAt();

    void setAskedAt(long millis);

    @StringLength(StringLength.UNLIMITED)
    String getReport();

    void setReport(String json);
}
