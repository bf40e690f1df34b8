package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.IN_CHUNK;
import static io.github.ratecard.store.LedgerRows.LIVE;
import static io.github.ratecard.store.Sql.in;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.ConcurrentLedgerChangeException;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.PricingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** The ledger's entries in RC_LEDGER, as the ledger keeper, the re-pricing jobs and invoicing change them. */
public class AoLedgerStore implements LedgerStore {

    private final ActiveObjects ao;

    public AoLedgerStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Stored> stored(long worklogId) {
        return row(worklogId).map(AoLedgerStore::stored);
    }

    private static Stored stored(LedgerEntity row) {
        return row.getDeletedMillis() != null
                ? new Stored(Optional.empty(), Optional.of(Instant.ofEpochMilli(row.getDeletedMillis())), row.getId())
                : new Stored(Optional.of(LedgerRows.entry(row)), Optional.empty(), row.getId());
    }

    @Override
    public Map<Long, Stored> storedAll(Collection<Long> worklogIds) {
        Map<Long, Stored> result = new HashMap<>();
        List<Long> ids = List.copyOf(worklogIds);
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            for (LedgerEntity row : ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + in(chunk.size()), chunk.toArray()))) {
                result.put(row.getWorklogId(), stored(row));
            }
        }
        return result;
    }

    @Override
    public void insertAll(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            Map<String, Object> row = LedgerRows.columns(entry, null);
            // an absent column is inserted as NULL; leaving them out spares the per-column checks of a bulk insert
            row.values().removeIf(Objects::isNull);
            rows.add(row);
        }
        ao.create(LedgerEntity.class, rows);
    }

    @Override
    public void save(LedgerEntry entry) {
        row(entry.worklogId()).ifPresent(existing -> remove(List.of(existing.getId())));
        ao.create(LedgerEntity.class, LedgerRows.columns(entry, null));
    }

    @Override
    public void remove(Collection<Long> rowIds) {
        List<Long> ids = List.copyOf(rowIds);
        int removed = 0;
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            removed += ao.deleteWithSQL(LedgerEntity.class, LedgerEntity.ID + in(chunk.size()), chunk.toArray());
        }
        if (removed != ids.size()) {
            throw new ConcurrentLedgerChangeException(ids.size(), removed);
        }
    }

    @Override
    public void insertDeletionMarks(Map<Long, Instant> deletedAt) {
        List<Map<String, Object>> rows = new ArrayList<>(deletedAt.size());
        deletedAt.forEach((worklogId, at) -> rows.add(LedgerRows.columns(new LedgerEntry(worklogId, 0, 0, "-", at, LocalDate.ofEpochDay(0), 0, 0, false,
                null, null, null, null, null, null, PricingStatus.PRICED, at, at, false), at.toEpochMilli())));
        rows.forEach(row -> row.values().removeIf(Objects::isNull));
        if (!rows.isEmpty()) {
            ao.create(LedgerEntity.class, rows);
        }
    }

    @Override
    public List<LedgerEntry> allEntriesOfIssue(long issueId) {
        return Arrays.stream(ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.ISSUE_ID + " = ? AND " + LIVE, issueId)
                .order(LedgerEntity.WORKLOG_ID))).map(LedgerRows::entry).collect(Collectors.toList());
    }

    @Override
    public List<LedgerEntry> affectedEntries(AffectedWork work, long afterWorklogId, int limit) {
        Criteria criteria = criteria(work);
        List<Object> parameters = new ArrayList<>();
        parameters.add(afterWorklogId);
        parameters.addAll(criteria.parameters());
        return Arrays.stream(ao.find(LedgerEntity.class, Query.select()
                        .where(LedgerEntity.WORKLOG_ID + " > ? AND " + criteria.sql(), parameters.toArray())
                        .order(LedgerEntity.WORKLOG_ID).limit(limit)))
                .map(LedgerRows::entry).collect(Collectors.toList());
    }

    @Override
    public long countAffected(AffectedWork work) {
        Criteria criteria = criteria(work);
        return ao.count(LedgerEntity.class, Query.select().where(criteria.sql(), criteria.parameters().toArray()));
    }

    /**
     * Per 500 worklogs: one read of the live rows whose mark differs, one delete of those rows by id and
     * one bulk insert of them with the new mark, all in the caller's transaction. Active Objects offers a
     * plugin no set-based update; this costs three statements per 500 instead of one per row. A row that
     * another transaction removed meanwhile fails the delete's count, and with it the caller's transaction.
     */
    @Override
    public void markInvoiced(Collection<Long> worklogIds, boolean invoiced) {
        for (List<Long> chunk : Sql.chunks(worklogIds, IN_CHUNK)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(!invoiced);
            LedgerEntity[] rows = ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + in(chunk.size()) + " AND "
                    + LedgerEntity.INVOICED + " = ? AND " + LIVE, parameters.toArray()));
            if (rows.length == 0) {
                continue;
            }
            List<Map<String, Object>> marked = new ArrayList<>(rows.length);
            for (LedgerEntity row : rows) {
                Map<String, Object> columns = LedgerRows.columns(LedgerRows.entry(row), null);
                columns.put(LedgerEntity.INVOICED, invoiced);
                columns.values().removeIf(Objects::isNull);
                marked.add(columns);
            }
            remove(Arrays.stream(rows).map(LedgerEntity::getId).toList());
            ao.create(LedgerEntity.class, marked);
        }
    }

    /** The SQL condition and its parameters that select the affected work's live entries. */
    record Criteria(String sql, List<Object> parameters) {
    }

    private static Criteria criteria(AffectedWork work) {
        return criteria(work, UnaryOperator.identity());
    }

    /** The affected work's condition with each column named by {@code column} (plain JDBC quotes them). */
    static Criteria criteria(AffectedWork work, UnaryOperator<String> column) {
        StringBuilder sql = new StringBuilder(column.apply(LedgerEntity.DELETED_MILLIS)).append(" IS NULL");
        List<Object> parameters = new ArrayList<>();
        if (work.projectId() != null) {
            sql.append(" AND ").append(column.apply(LedgerEntity.PROJECT_ID)).append(" = ?");
            parameters.add(work.projectId());
        }
        if (work.accountKey() != null) {
            sql.append(" AND ").append(column.apply(LedgerEntity.ACCOUNT_KEY)).append(" = ?");
            parameters.add(work.accountKey());
        }
        if (!work.userKeys().isEmpty()) {
            sql.append(" AND ").append(column.apply(LedgerEntity.AUTHOR_KEY)).append(in(work.userKeys().size()));
            parameters.addAll(new TreeSet<>(work.userKeys()));
        }
        work.fromDay().ifPresent(day -> {
            sql.append(" AND ").append(column.apply(LedgerEntity.WORK_DAY)).append(" >= ?");
            parameters.add(day.toEpochDay());
        });
        work.toDay().ifPresent(day -> {
            sql.append(" AND ").append(column.apply(LedgerEntity.WORK_DAY)).append(" <= ?");
            parameters.add(day.toEpochDay());
        });
        return new Criteria(sql.toString(), parameters);
    }

    private Optional<LedgerEntity> row(long worklogId) {
        LedgerEntity[] found = ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + " = ?", worklogId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }
}
