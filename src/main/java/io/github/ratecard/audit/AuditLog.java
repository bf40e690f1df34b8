package io.github.ratecard.audit;

import java.util.List;
import java.util.Map;

/** Where every change is written down; the implementation adds who and when. */
public interface AuditLog {

    /** {@code before} is null for a creation, {@code after} null for a deletion. */
    void record(String entityType, String entityId, String action, Map<String, Object> before, Map<String, Object> after);

    /** The newest entries first, at most {@code limit}. */
    List<AuditEntry> recent(String entityType, int limit);
}
