package io.github.ratecard.accounting;

import io.github.ratecard.domain.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where accounting exports are recorded, so a document exported before is known when it is exported again. */
public interface ExportRecords {

    /** Records an export (its id ignored) with its documents; returns the new id. */
    long add(ExportRecord record);

    /** Exports newest first, each with its documents. */
    Page<ExportRecord> list(int offset, int limit);

    /** For each of the documents exported before: when it was last exported. Documents never exported are not in the map. */
    Map<Long, Instant> lastExported(Collection<Long> invoiceIds);
}
