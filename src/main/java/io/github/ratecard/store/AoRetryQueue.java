package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.RefusedWorklogs;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * The retry queue in RC_RETRY. A worklog the ledger refuses to price is kept in the same table,
 * put aside: its next attempt is never due, and it is replaced when the worklog is refused again.
 */
public class AoRetryQueue implements RetryQueue, RefusedWorklogs {

    private static final int MAX_ERROR = 2000;
    private static final long NEVER = Long.MAX_VALUE;

    private final ActiveObjects ao;

    public AoRetryQueue(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(WorklogChange change, String error, Instant now) {
        Map<String, Object> row = row(change, error, now.toEpochMilli());
        ao.executeInTransaction(() -> ao.create(RetryEntity.class, row));
    }

    @Override
    public void refused(WorklogRecord worklog, String reason, Instant at) {
        WorklogChange change = WorklogChange.saved(worklog);
        Map<String, Object> row = row(change, reason, NEVER);
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(RetryEntity.class, RetryEntity.WORKLOG_ID + " = ? AND " + RetryEntity.NEXT_MILLIS + " = ?", worklog.worklogId(), NEVER);
            return ao.create(RetryEntity.class, row);
        });
    }

    /** The worklogs put aside, newest first: each with the reason it is not priced. */
    public List<Retry> setAside(int limit) {
        return Arrays.stream(ao.find(RetryEntity.class, Query.select().where(RetryEntity.NEXT_MILLIS + " = ?", NEVER)
                .order(RetryEntity.ID + " DESC").limit(limit))).map(AoRetryQueue::retry).collect(Collectors.toList());
    }

    private static Map<String, Object> row(WorklogChange change, String error, long nextMillis) {
        Map<String, Object> row = new HashMap<>();
        row.put(RetryEntity.WORKLOG_ID, change.worklogId());
        row.put(RetryEntity.KIND, change.kind().name());
        change.record().ifPresent(record -> {
            row.put(RetryEntity.ISSUE_ID, record.issueId());
            row.put(RetryEntity.ISSUE_KEY, record.issueKey());
            row.put(RetryEntity.PROJECT_ID, record.projectId());
            row.put(RetryEntity.PROJECT_KEY, record.projectKey());
            row.put(RetryEntity.AUTHOR_KEY, record.authorKey());
            row.put(RetryEntity.STARTED_MILLIS, record.started().toEpochMilli());
            row.put(RetryEntity.SECONDS, record.timeSpentSeconds());
        });
        row.put(RetryEntity.AT_MILLIS, change.at().toEpochMilli());
        row.put(RetryEntity.ATTEMPTS, 1);
        row.put(RetryEntity.NEXT_MILLIS, nextMillis);
        row.put(RetryEntity.LAST_ERROR, trim(error));
        return row;
    }

    @Override
    public List<Retry> due(Instant now, int limit) {
        return Arrays.stream(ao.find(RetryEntity.class, Query.select().where(RetryEntity.NEXT_MILLIS + " <= ?", now.toEpochMilli())
                .order(RetryEntity.ID).limit(limit))).map(AoRetryQueue::retry).collect(Collectors.toList());
    }

    @Override
    public void remove(long id) {
        ao.deleteWithSQL(RetryEntity.class, RetryEntity.ID + " = ?", id);
    }

    @Override
    public void postpone(long id, int attempts, String error, Instant nextAttempt) {
        RetryEntity row = ao.get(RetryEntity.class, id);
        if (row != null) {
            row.setAttempts(attempts);
            row.setLastError(trim(error));
            row.setNextMillis(nextAttempt.toEpochMilli());
            row.save();
        }
    }

    @Override
    public long size() {
        return ao.count(RetryEntity.class, Query.select().where(RetryEntity.NEXT_MILLIS + " < ?", NEVER));
    }

    private static String trim(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Retry retry(RetryEntity row) {
        Instant at = Instant.ofEpochMilli(row.getAtMillis());
        WorklogChange change = WorklogChange.Kind.valueOf(row.getKind()) == WorklogChange.Kind.DELETED
                ? WorklogChange.deleted(row.getWorklogId(), at)
                : WorklogChange.saved(new WorklogRecord(row.getWorklogId(), row.getIssueId(), orEmpty(row.getIssueKey()), row.getProjectId(),
                        orEmpty(row.getProjectKey()), row.getAuthorKey(), Instant.ofEpochMilli(row.getStartedMillis()), row.getSeconds(), at));
        return new Retry(row.getId(), change, row.getAttempts(), row.getLastError());
    }
}
