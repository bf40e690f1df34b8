package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * retry finds the first kept. A resolution is claimed in RC_PENDING_RES, whose PENDING_ID is unique, so of two
 * writers resolving one change at once only the first succeeds. A worklog back at its locked figures leaves a
 * superseded mark with the time of that change, so an older change arriving after it is not recorded.
 */
public class AoPendingChangeStore implements PendingChangeStore {

    private final ActiveObjects ao;

    public AoPendingChangeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean record(PendingChange change, Instant at) {
        if (ao.count(PendingChangeEntity.class, Query.select().where(PendingChangeEntity.WORKLOG_ID + " = ? AND "
                + PendingChangeEntity.CHANGED_MILLIS + " >= ?", change.worklogId(), change.changedAt().toEpochMilli())) > 0) {
            return false;
        }
        Optional<PendingChangeEntity> open = openRow(change.worklogId());
        if (open.isPresent() && !resolve(open.get(), Status.SUPERSEDED, null, at)) {
            throw new ConflictException("status", "The worklog's pending change was resolved meanwhile");
        }
        ao.create(PendingChangeEntity.class, row(change, at, String.valueOf(change.worklogId())));
        return true;
    }

    @Override
    public void withdraw(PendingChange reverted, Instant at) {
        long worklogId = reverted.worklogId();
        long changed = reverted.changedAt().toEpochMilli();
        if (ao.count(PendingChangeEntity.class, Query.select().where(PendingChangeEntity.WORKLOG_ID + " = ? AND "
                + PendingChangeEntity.CHANGED_MILLIS + " >= ?", worklogId, changed)) > 0) {
            return;
        }
        openRow(worklogId).ifPresent(row -> resolve(row, Status.SUPERSEDED, null, at));
        PendingChangeEntity mark = ao.create(PendingChangeEntity.class, row(reverted, at, "back:" + reverted.key()));
        resolve(mark, Status.SUPERSEDED, null, at);
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
    public Page<Stored> openOfProject(long projectId, int offset, int limit) {
        int total = ao.count(PendingChangeEntity.class, ofProject(projectId));
        List<Stored> items = Arrays.stream(ao.find(PendingChangeEntity.class, ofProject(projectId).order("ID").offset(offset).limit(limit)))
                .map(AoPendingChangeStore::stored).toList();
        return new Page<>(items, offset, limit, total);
    }

    @Override
    public List<Stored> openOfProject(long projectId) {
        return Arrays.stream(ao.find(PendingChangeEntity.class, ofProject(projectId).order("ID"))).map(AoPendingChangeStore::stored).toList();
    }

    private static Query ofProject(long projectId) {
        return Query.select().where("(" + PendingChangeEntity.PROJECT_ID + " = ? OR " + PendingChangeEntity.BEFORE_PROJECT_ID + " = ?) AND "
                + PendingChangeEntity.STATUS + " = ?", projectId, projectId, Status.OPEN.name());
    }

    @Override
    public List<Stored> openOnDays(LocalDate first, LocalDate last) {
        return Arrays.stream(ao.find(PendingChangeEntity.class, openOnDaysQuery(Query.select(), first, last).order("ID")))
                .map(AoPendingChangeStore::stored).toList();
    }

    /** The oldest {@code limit} rows in full, then three columns of every row, streamed and counted per project and month. */
    @Override
    public OpenOnDays openOnDays(LocalDate first, LocalDate last, int limit) {
        List<Stored> oldest = Arrays.stream(ao.find(PendingChangeEntity.class, openOnDaysQuery(Query.select(), first, last).order("ID").limit(limit)))
                .map(AoPendingChangeStore::stored).toList();
        Map<Long, Map<YearMonth, Long>> counts = new HashMap<>();
        ao.stream(PendingChangeEntity.class, openOnDaysQuery(Query.select("ID, " + PendingChangeEntity.PROJECT_ID + ", "
                + PendingChangeEntity.BEFORE_DAY + ", " + PendingChangeEntity.AFTER_DAY), first, last), row -> {
                    YearMonth month = YearMonth.from(LocalDate.ofEpochDay(row.getAfterDay() != null ? row.getAfterDay() : row.getBeforeDay()));
                    counts.computeIfAbsent(row.getProjectId(), project -> new HashMap<>()).merge(month, 1L, Long::sum);
                });
        return new OpenOnDays(oldest, counts);
    }

    private static Query openOnDaysQuery(Query select, LocalDate first, LocalDate last) {
        long from = first.toEpochDay();
        long to = last.toEpochDay();
        return select.where(PendingChangeEntity.STATUS + " = ? AND ((" + PendingChangeEntity.BEFORE_DAY + " >= ? AND " + PendingChangeEntity.BEFORE_DAY
                + " <= ?) OR (" + PendingChangeEntity.AFTER_DAY + " >= ? AND " + PendingChangeEntity.AFTER_DAY + " <= ?))",
                Status.OPEN.name(), from, to, from, to);
    }

    @Override
    public boolean resolve(long id, Status status, String byUserKey, Instant at) {
        PendingChangeEntity row = ao.get(PendingChangeEntity.class, (int) id);
        if (row == null || !row.getStatus().equals(Status.OPEN.name())) {
            return false;
        }
        return resolve(row, status, byUserKey, at);
    }

    @Override
    public long pendingCount(Collection<Long> projectIds, DateRange days, Instant at) {
        if (projectIds.isEmpty()) {
            return 0;
        }
        List<Long> projects = List.copyOf(new java.util.LinkedHashSet<>(projectIds));
        List<Object> parameters = new ArrayList<>(projects);
        parameters.addAll(projects);
        long first = days.first().toEpochDay();
        long last = days.last().toEpochDay();
        parameters.addAll(List.of(first, last, first, last));
        String when;
        if (at == null) {
            when = PendingChangeEntity.STATUS + " = ?";
            parameters.add(Status.OPEN.name());
        } else {
            when = PendingChangeEntity.RECORDED_MILLIS + " <= ? AND (" + PendingChangeEntity.STATUS + " = ? OR "
                    + PendingChangeEntity.RESOLVED_MILLIS + " > ?)";
            parameters.addAll(List.of(at.toEpochMilli(), Status.OPEN.name(), at.toEpochMilli()));
        }
        return ao.count(PendingChangeEntity.class, Query.select().where("(" + PendingChangeEntity.PROJECT_ID + Sql.in(projects.size()) + " OR "
                + PendingChangeEntity.BEFORE_PROJECT_ID + Sql.in(projects.size()) + ") AND ((" + PendingChangeEntity.BEFORE_DAY + " >= ? AND "
                + PendingChangeEntity.BEFORE_DAY + " <= ?) OR (" + PendingChangeEntity.AFTER_DAY + " >= ? AND " + PendingChangeEntity.AFTER_DAY
                + " <= ?)) AND " + when, parameters.toArray()));
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

    /** Claims the change's one resolution, then marks the row; false when another writer claimed it first. */
    private boolean resolve(PendingChangeEntity row, Status status, String byUserKey, Instant at) {
        Map<String, Object> resolution = new HashMap<>();
        resolution.put(PendingResolutionEntity.PENDING_ID, (long) row.getID());
        resolution.put(PendingResolutionEntity.STATUS, status.name());
        resolution.put(PendingResolutionEntity.BY_USER, byUserKey);
        resolution.put(PendingResolutionEntity.AT_MILLIS, at.toEpochMilli());
        try {
            ao.create(PendingResolutionEntity.class, resolution);
        } catch (RuntimeException e) {
            if (Sql.isConflict(e)) {
                return false;
            }
            throw e;
        }
        row.setStatus(status.name());
        row.setOpenKey("closed:" + row.getID());
        row.setResolvedBy(byUserKey);
        row.setResolvedMillis(at.toEpochMilli());
        row.save();
        return true;
    }

    private static Map<String, Object> row(PendingChange change, Instant at, String openKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(PendingChangeEntity.CHANGE_KEY, change.key());
        row.put(PendingChangeEntity.OPEN_KEY, openKey);
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
