package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.audit.AuditJson;
import io.github.ratecard.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** The audit trail in RC_AUDIT: the current user and the clock's time with every change. */
public class AoAuditLog implements AuditLog {

    private final ActiveObjects ao;
    private final AccessPolicy accessPolicy;
    private final Clock clock;

    public AoAuditLog(ActiveObjects ao, AccessPolicy accessPolicy, Clock clock) {
        this.ao = ao;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    @Override
    public void record(String entityType, String entityId, String action, Map<String, Object> before, Map<String, Object> after) {
        ao.create(AuditEntity.class, row(entityType, entityId, action, before, after));
    }

    /** The row an entry is kept as: the current user and the clock's time with the change. */
    Map<String, Object> row(String entityType, String entityId, String action, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> row = new HashMap<>();
        row.put(AuditEntity.AT_MILLIS, clock.millis());
        row.put(AuditEntity.USER_KEY, accessPolicy.currentViewer().map(Viewer::userKey).orElse(null));
        row.put(AuditEntity.SUBJECT_TYPE, entityType);
        row.put(AuditEntity.SUBJECT_ID, entityId);
        row.put(AuditEntity.ACTION, action);
        row.put(AuditEntity.BEFORE_JSON, AuditJson.write(before));
        row.put(AuditEntity.AFTER_JSON, AuditJson.write(after));
        return row;
    }

    @Override
    public List<AuditEntry> recent(String entityType, int limit) {
        AuditEntity[] rows = ao.find(AuditEntity.class, Query.select()
                .where(AuditEntity.SUBJECT_TYPE + " = ?", entityType).order(AuditEntity.ID + " DESC").limit(limit));
        return Arrays.stream(rows).map(row -> new AuditEntry(row.getId(), Instant.ofEpochMilli(row.getAtMillis()), row.getUserKey(),
                row.getSubjectType(), row.getSubjectId(), row.getAction(), row.getBeforeJson(), row.getAfterJson()))
                .collect(Collectors.toList());
    }
}
