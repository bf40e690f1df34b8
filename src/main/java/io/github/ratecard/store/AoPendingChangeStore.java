package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.WorklogEdit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * Pending changes in RC_PENDING_CHG. A change delivered twice at once by two nodes is refused by
 * the unique CHANGE_KEY for the second; two changes of one worklog recorded at once, by the unique
 * OPEN_KEY (the worklog's id while a change is open). The second transaction fails, and the change's
 * retry finds the first kept.
 */
public class AoPendingChangeStore implements PendingChangeStore {

    private final ActiveObjects ao;

    public AoPendingChangeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean record(PendingChange change, Instant at) {
        if (ao.count(PendingChangeEntity.class, Query.select().where(PendingChangeEntity.CHANGE_KEY + " = ?", change.key())) > 0) {
            return false;
        }
        Optional<PendingChangeEntity> open = openRow(change.worklogId());
        if (open.isPresent() && open.get().getChangedMillis() > change.changedAt().toEpochMilli()) {
            return false;
        }
        open.ifPresent(row -> resolve(row, Status.SUPERSEDED, null, at));
        ao.create(PendingChangeEntity.class, row(change, at));
        return true;
    }

    @Override
    public void withdraw(long worklogId, Instant at) {
        openRow(worklogId).ifPresent(row -> resolve(row, Status.SUPERSEDED, null, at));
    }

    @Override
    public Optional<Stored> openOf(long worklogId) {
        return openRow(worklogId).map(AoPendingChangeStore::stored);
    }

    @Override
    public Optional<Stored> byId(long id) {
        return Optional.ofNullable(ao.get(PendingChangeEntity.class, (int) id)).map(AoPendingChangeStore::stored);
    }

    @Override
    public List<Stored> openOfProject(long projectId) {
        return Arrays.stream(ao.find(PendingChangeEntity.class, Query.select().where(PendingChangeEntity.PROJECT_ID + " = ? AND "
                + PendingChangeEntity.STATUS + " = ?", projectId, Status.OPEN.name()).order("ID"))).map(AoPendingChangeStore::stored).toList();
    }

    @Override
    public boolean resolve(long id, Status status, String byUserKey, Instant at) {
        PendingChangeEntity row = ao.get(PendingChangeEntity.class, (int) id);
        if (row == null || !row.getStatus().equals(Status.OPEN.name())) {
            return false;
        }
        resolve(row, status, byUserKey, at);
        return true;
    }

    @Override
    public List<Stored> unnoticed(int limit) {
        return Arrays.stream(ao.find(PendingChangeEntity.class, Query.select().where(PendingChangeEntity.STATUS + " = ? AND "
                + PendingChangeEntity.NOTICED_MILLIS + " IS NULL", Status.OPEN.name()).order("ID").limit(limit)))
                .map(AoPendingChangeStore::stored).toList();
    }

    @Override
    public Set<Long> withOpenChange(java.util.Collection<Long> worklogIds) {
        Set<Long> open = new java.util.TreeSet<>();
        for (List<Long> chunk : Sql.chunks(worklogIds, 500)) {
            List<Object> parameters = new java.util.ArrayList<>(chunk);
            parameters.add(Status.OPEN.name());
            Arrays.stream(ao.find(PendingChangeEntity.class, Query.select("ID, " + PendingChangeEntity.WORKLOG_ID)
                    .where(PendingChangeEntity.WORKLOG_ID + Sql.in(chunk.size()) + " AND " + PendingChangeEntity.STATUS + " = ?",
                            parameters.toArray()))).forEach(row -> open.add(row.getWorklogId()));
        }
        return open;
    }

    @Override
    public boolean markNoticed(long id, Instant at) {
        PendingChangeEntity row = ao.get(PendingChangeEntity.class, (int) id);
        if (row == null || row.getNoticedMillis() != null) {
            return false;
        }
        row.setNoticedMillis(at.toEpochMilli());
        row.save();
        return true;
    }

    private Optional<PendingChangeEntity> openRow(long worklogId) {
        PendingChangeEntity[] rows = ao.find(PendingChangeEntity.class, Query.select().where(PendingChangeEntity.WORKLOG_ID + " = ? AND "
                + PendingChangeEntity.STATUS + " = ?", worklogId, Status.OPEN.name()));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void resolve(PendingChangeEntity row, Status status, String byUserKey, Instant at) {
        row.setStatus(status.name());
        row.setOpenKey("closed:" + row.getID());
        row.setResolvedBy(byUserKey);
        row.setResolvedMillis(at.toEpochMilli());
        row.save();
    }

    private static Map<String, Object> row(PendingChange change, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(PendingChangeEntity.CHANGE_KEY, change.key());
        row.put(PendingChangeEntity.OPEN_KEY, String.valueOf(change.worklogId()));
        row.put(PendingChangeEntity.WORKLOG_ID, change.worklogId());
        row.put(PendingChangeEntity.PROJECT_ID, change.projectId());
        row.put(PendingChangeEntity.KIND, change.kind().name());
        change.before().ifPresent(work -> {
            row.put(PendingChangeEntity.BEFORE_USER, work.userKey());
            row.put(PendingChangeEntity.BEFORE_PROJECT_ID, work.projectId());
            row.put(PendingChangeEntity.BEFORE_DAY, work.day().toEpochDay());
            row.put(PendingChangeEntity.BEFORE_SECONDS, work.seconds());
        });
        change.after().ifPresent(work -> {
            row.put(PendingChangeEntity.AFTER_USER, work.userKey());
            row.put(PendingChangeEntity.AFTER_PROJECT_ID, work.projectId());
            row.put(PendingChangeEntity.AFTER_DAY, work.day().toEpochDay());
            row.put(PendingChangeEntity.AFTER_SECONDS, work.seconds());
        });
        row.put(PendingChangeEntity.CHANGED_MILLIS, change.changedAt().toEpochMilli());
        row.put(PendingChangeEntity.LOCKS, change.locks().stream().sorted().map(Lock::name).collect(Collectors.joining(",")));
        row.put(PendingChangeEntity.STATUS, Status.OPEN.name());
        row.put(PendingChangeEntity.RECORDED_MILLIS, at.toEpochMilli());
        return row;
    }

    private static Stored stored(PendingChangeEntity row) {
        Optional<LoggedWork> before = row.getBeforeUser() == null ? Optional.empty() : Optional.of(new LoggedWork(row.getBeforeUser(),
                row.getBeforeProjectId(), LocalDate.ofEpochDay(row.getBeforeDay()), row.getBeforeSeconds()));
        Optional<LoggedWork> after = row.getAfterUser() == null ? Optional.empty() : Optional.of(new LoggedWork(row.getAfterUser(),
                row.getAfterProjectId(), LocalDate.ofEpochDay(row.getAfterDay()), row.getAfterSeconds()));
        Set<Lock> locks = EnumSet.noneOf(Lock.class);
        Arrays.stream(row.getLocks().split(",")).map(Lock::valueOf).forEach(locks::add);
        PendingChange change = new PendingChange(row.getWorklogId(), WorklogEdit.Kind.valueOf(row.getKind()), before, after,
                Instant.ofEpochMilli(row.getChangedMillis()), locks);
        return new Stored(row.getID(), change, Status.valueOf(row.getStatus()), Instant.ofEpochMilli(row.getRecordedMillis()), row.getResolvedBy(),
                row.getResolvedMillis() == null ? null : Instant.ofEpochMilli(row.getResolvedMillis()));
    }
}
