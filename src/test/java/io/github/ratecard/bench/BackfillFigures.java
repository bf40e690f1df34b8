package io.github.ratecard.bench;

import io.github.ratecard.jira.JiraTables;
import io.github.ratecard.jira.JiraWorklogSource;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.jira.JiraWorklogTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The back-fill from a Jira-shaped worklog table, read through the app's {@link JiraWorklogSource},
 * against reading the same rows through the same source and writing them with JDBC batches, one
 * transaction per batch as the back-fill commits, into a table with the ledger table's indexes. The
 * worklogs are split into {@link #ROUNDS} slices; each slice is one round, the baseline and the
 * back-fill taking turns at going first; the ratio of each round, and their median, are reported.
 */
final class BackfillFigures {

    static final int ROUNDS = 3;

    private final TestDatabase database;
    private final BenchApp app;
    private final int worklogs;
    private final int batch;
    private final ZoneId zone;

    BackfillFigures(TestDatabase database, BenchApp app, int worklogs, int batch, ZoneId zone) {
        this.database = database;
        this.app = app;
        this.worklogs = worklogs;
        this.batch = batch;
        this.zone = zone;
    }

    /** Runs the rounds; {@code afterRound} sees the ledger's size after each (the budget figures' first ledger). */
    Map<String, Object> measure(java.util.function.LongConsumer afterRound) throws SQLException {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<SameIndexTable.IndexShape> indexes = SameIndexTable.create(database);
        try (JiraWorklogTables jira = JiraWorklogTables.create(database, 5, 3000)) {
            jira.add(jiraWorklogs());
            jira.execute("ANALYZE");
            WorklogSource source = new JiraWorklogSource(new JiraTables(jira.executors()));
            List<Double> ratios = new ArrayList<>();
            List<Map<String, Object>> rounds = new ArrayList<>();
            long from = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long to = round == ROUNDS - 1 ? worklogs : (long) Math.round((double) worklogs * (round + 1) / ROUNDS / batch) * batch;
                WorklogSource slice = slice(source, from, to);
                String load = LoadAverage.now();
                long raw;
                long ours;
                if (round % 2 == 0) {
                    raw = rawInsert(slice);
                    ours = backfill(slice);
                } else {
                    ours = backfill(slice);
                    raw = rawInsert(slice);
                }
                Map<String, Object> measured = new LinkedHashMap<>();
                measured.put("worklogs", to - from);
                measured.put("backfillSeconds", seconds(ours));
                measured.put("rawSeconds", seconds(raw));
                measured.put("ratio", Math.round(1000.0 * raw / ours) / 1000.0);
                measured.put("loadAverage", load + " before, " + LoadAverage.now() + " after");
                rounds.add(measured);
                ratios.add((double) raw / ours);
                afterRound.accept(to);
                from = to;
            }
            long live = app.queries.countLive();
            if (live != worklogs) {
                throw new IllegalStateException("The back-fill priced " + live + " of " + worklogs + " worklogs");
            }
            Collections.sort(ratios);
            figures.put("worklogs", worklogs);
            figures.put("batch", batch);
            figures.put("indexes", indexes.stream().map(i -> (i.unique() ? "unique " : "") + i.columns()).toList().toString());
            figures.put("rounds", rounds);
            figures.put("medianRatio", Math.round(1000.0 * ratios.get(ratios.size() / 2)) / 1000.0);
        } finally {
            SameIndexTable.drop(database);
        }
        return figures;
    }

    private long backfill(WorklogSource slice) {
        long begin = System.nanoTime();
        app.jobs.startBackfill("bench");
        app.worker(slice).runPending(() -> false);
        return System.nanoTime() - begin;
    }

    /** Reads the slice batch by batch, as the back-fill does, and writes each batch as one JDBC batch and one transaction. */
    private long rawInsert(WorklogSource slice) throws SQLException {
        List<String> columns = ledgerColumns();
        String sql = "INSERT INTO " + SameIndexTable.NAME + " (" + String.join(", ", columns.stream().map(database::quoteColumn).toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> isId(c) ? SameIndexTable.nextId() : "?").toList()) + ")";
        long begin = System.nanoTime();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                long after = 0;
                List<WorklogRecord> records = slice.after(after, batch);
                while (!records.isEmpty()) {
                    for (WorklogRecord record : records) {
                        int parameter = 0;
                        for (String column : columns) {
                            if (!isId(column)) {
                                insert.setObject(++parameter, value(column, record));
                            }
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    after = records.get(records.size() - 1).worklogId();
                    records = slice.after(after, batch);
                }
            }
        }
        return System.nanoTime() - begin;
    }

    private List<String> ledgerColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.connection();
             ResultSet rows = connection.getMetaData().getColumns(null, database.schema(), database.tableName(LedgerEntity.class), null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    /** What a priced ledger row holds in each column (the same shape of values as the back-fill writes). */
    private static boolean isId(String column) {
        return column.equalsIgnoreCase("ID");
    }

    private Object value(String column, WorklogRecord r) {
        long cost = r.timeSpentSeconds() * 3000 / 3600;
        return switch (column.toUpperCase(Locale.ROOT)) {
            case "WORKLOG_ID" -> r.worklogId();
            case "ISSUE_ID" -> r.issueId();
            case "PROJECT_ID" -> r.projectId();
            case "AUTHOR_KEY" -> r.authorKey();
            case "STARTED_MILLIS" -> r.started().toEpochMilli();
            case "WORK_DAY" -> r.started().atZone(zone).toLocalDate().toEpochDay();
            case "WORKED_SECONDS", "BILLED_SECONDS" -> r.timeSpentSeconds();
            case "BILLABLE" -> Boolean.TRUE;
            case "ACCOUNT_KEY" -> "ACME";
            case "COST_MINOR" -> cost;
            case "BILL_MINOR" -> 2 * cost;
            case "COST_CURRENCY", "BILL_CURRENCY" -> "EUR";
            case "COST_RATE_ID" -> 1L;
            case "BILL_RATE_ID" -> 2L;
            case "STATUS" -> "PRICED";
            case "PRICED_MILLIS", "SOURCE_UPDATED_MILLIS" -> r.updated().toEpochMilli();
            case "INVOICED" -> Boolean.FALSE;
            case "DELETED_MILLIS" -> null;
            default -> throw new IllegalStateException("The ledger table has a column the baseline does not fill: " + column);
        };
    }

    /** The worklogs of {@link LedgerBenchmark#record(long)}, as Jira stores them. */
    private List<JiraWorklogTables.Worklog> jiraWorklogs() {
        return new AbstractList<>() {
            @Override
            public JiraWorklogTables.Worklog get(int index) {
                WorklogRecord r = LedgerBenchmark.record(index + 1L);
                return new JiraWorklogTables.Worklog(r.worklogId(), r.issueId(), r.authorKey(), r.started(), r.timeSpentSeconds(), r.updated());
            }

            @Override
            public int size() {
                return worklogs;
            }
        };
    }

    /** The source's worklogs with ids in (from, to]. */
    private static WorklogSource slice(WorklogSource source, long from, long to) {
        return new WorklogSource() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                List<WorklogRecord> read = source.after(Math.max(from, worklogId), limit);
                return read.stream().filter(r -> r.worklogId() <= to).toList();
            }

            @Override
            public long count() {
                return to - from;
            }
        };
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }
}
