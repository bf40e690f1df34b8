package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.jobs.JobKind;
import io.github.ratecard.jobs.JobState;
import io.github.ratecard.jobs.JobStore;
import io.github.ratecard.jobs.LedgerJob;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Ledger jobs in RC_JOB. */
public class AoJobStore implements JobStore {

    private final ActiveObjects ao;

    public AoJobStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long create(JobKind kind, AffectedWork work, String requestedBy, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(JobEntity.KIND, kind.name());
        row.put(JobEntity.STATE, JobState.RUNNING.name());
        row.put(JobEntity.REASON, work.reason());
        row.put(JobEntity.PROJECT_ID, work.projectId());
        row.put(JobEntity.ACCOUNT_KEY, work.accountKey());
        row.put(JobEntity.USER_KEYS, work.userKeys().isEmpty() ? null : String.join("\n", new TreeSet<>(work.userKeys())));
        row.put(JobEntity.FROM_DAY, work.fromDay().map(LocalDate::toEpochDay).orElse(null));
        row.put(JobEntity.TO_DAY, work.toDay().map(LocalDate::toEpochDay).orElse(null));
        row.put(JobEntity.POSITION, 0L);
        row.put(JobEntity.DONE_COUNT, 0L);
        row.put(JobEntity.SKIPPED, 0L);
        row.put(JobEntity.TOTAL, 0L);
        row.put(JobEntity.ACTIVE_MILLIS, 0L);
        row.put(JobEntity.FAILURES, 0);
        row.put(JobEntity.REQUESTED_BY, requestedBy);
        row.put(JobEntity.CREATED_MILLIS, now.toEpochMilli());
        row.put(JobEntity.UPDATED_MILLIS, now.toEpochMilli());
        return ao.create(JobEntity.class, row).getId();
    }

    @Override
    public Optional<LedgerJob> job(long id) {
        return Optional.ofNullable(ao.get(JobEntity.class, id)).map(AoJobStore::job);
    }

    @Override
    public List<LedgerJob> recent(int limit) {
        return jobs(Query.select().order(JobEntity.ID + " DESC").limit(limit));
    }

    @Override
    public Optional<LedgerJob> nextRunning() {
        return jobs(Query.select().where(JobEntity.STATE + " = ?", JobState.RUNNING.name()).order(JobEntity.ID).limit(1))
                .stream().findFirst();
    }

    @Override
    public List<LedgerJob> open(JobKind kind) {
        return jobs(Query.select().where(JobEntity.KIND + " = ? AND " + JobEntity.STATE + " IN (?, ?, ?)", kind.name(),
                JobState.RUNNING.name(), JobState.PAUSED.name(), JobState.FAILED.name()).order(JobEntity.ID));
    }

    @Override
    public boolean anyOf(JobKind kind) {
        return ao.count(JobEntity.class, Query.select().where(JobEntity.KIND + " = ?", kind.name())) > 0;
    }

    @Override
    public void setTotal(long id, long total, Instant now) {
        JobEntity row = row(id);
        row.setTotal(total);
        row.setUpdatedMillis(now.toEpochMilli());
        row.save();
    }

    @Override
    public void recordProgress(long id, long position, long done, long skipped, long millis, Instant now) {
        JobEntity row = row(id);
        row.setPosition(position);
        row.setDoneCount(row.getDoneCount() + done);
        row.setSkipped(row.getSkipped() + skipped);
        row.setActiveMillis(row.getActiveMillis() + millis);
        row.setFailures(0);
        row.setUpdatedMillis(now.toEpochMilli());
        row.save();
    }

    @Override
    public void setState(long id, JobState state, Instant now) {
        JobEntity row = row(id);
        row.setState(state.name());
        if (state == JobState.RUNNING) {
            row.setFailures(0);
        }
        row.setUpdatedMillis(now.toEpochMilli());
        row.save();
    }

    @Override
    public void recordFailure(long id, int failures, String error, Instant now) {
        JobEntity row = row(id);
        row.setFailures(failures);
        row.setLastError(error.length() > 2000 ? error.substring(0, 2000) : error);
        row.setUpdatedMillis(now.toEpochMilli());
        row.save();
    }

    private JobEntity row(long id) {
        JobEntity row = ao.get(JobEntity.class, id);
        if (row == null) {
            throw new IllegalStateException("No ledger job " + id);
        }
        return row;
    }

    private List<LedgerJob> jobs(Query query) {
        return Arrays.stream(ao.find(JobEntity.class, query)).map(AoJobStore::job).collect(Collectors.toList());
    }

    private static LedgerJob job(JobEntity row) {
        Set<String> users = row.getUserKeys() == null ? Set.of() : Set.of(row.getUserKeys().split("\n"));
        AffectedWork work = new AffectedWork(row.getReason(), row.getProjectId(), row.getAccountKey(), users,
                row.getFromDay() == null ? null : LocalDate.ofEpochDay(row.getFromDay()),
                row.getToDay() == null ? null : LocalDate.ofEpochDay(row.getToDay()));
        return new LedgerJob(row.getId(), JobKind.valueOf(row.getKind()), JobState.valueOf(row.getState()), work, row.getPosition(),
                row.getDoneCount(), row.getSkipped(), row.getTotal(), row.getActiveMillis(), row.getFailures(), row.getLastError(),
                row.getRequestedBy(), Instant.ofEpochMilli(row.getCreatedMillis()), Instant.ofEpochMilli(row.getUpdatedMillis()));
    }
}
