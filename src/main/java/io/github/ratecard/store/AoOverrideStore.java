package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.billing.OverrideStore;
import io.github.ratecard.billing.WorklogOverride;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Worklog overrides in RC_OVERRIDE, one row per overridden worklog. */
public class AoOverrideStore implements OverrideStore {

    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoOverrideStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<WorklogOverride> of(long worklogId) {
        return Optional.ofNullable(of(List.of(worklogId)).get(worklogId));
    }

    @Override
    public Map<Long, WorklogOverride> of(Collection<Long> worklogIds) {
        Map<Long, WorklogOverride> found = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(worklogIds, CHUNK)) {
            for (WorklogOverrideEntity row : ao.find(WorklogOverrideEntity.class, Query.select()
                    .where(WorklogOverrideEntity.WORKLOG_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                found.put(row.getWorklogId(), new WorklogOverride(row.getWorklogId(), row.getBillable(), row.getBilledSeconds(),
                        row.getAccountKey(), row.getReason() == null ? "" : row.getReason(), row.getSetBy(),
                        Instant.ofEpochMilli(row.getSetAtMillis())));
            }
        }
        return found;
    }

    @Override
    public void save(WorklogOverride override) {
        remove(override.worklogId());
        Map<String, Object> row = new HashMap<>();
        row.put(WorklogOverrideEntity.WORKLOG_ID, override.worklogId());
        row.put(WorklogOverrideEntity.SET_BY, override.setBy());
        row.put(WorklogOverrideEntity.SET_AT_MILLIS, override.setAt().toEpochMilli());
        WorklogOverrideEntity entity = ao.create(WorklogOverrideEntity.class, row);
        entity.setBillable(override.billable());
        entity.setBilledSeconds(override.billedSeconds());
        entity.setAccountKey(override.accountKey());
        entity.setReason(override.reason());
        entity.save();
    }

    @Override
    public boolean remove(long worklogId) {
        return ao.deleteWithSQL(WorklogOverrideEntity.class, WorklogOverrideEntity.WORKLOG_ID + " = ?", worklogId) > 0;
    }
}
