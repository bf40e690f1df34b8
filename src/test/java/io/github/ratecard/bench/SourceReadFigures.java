package io.github.ratecard.bench;

import io.github.ratecard.jira.JiraTables;
import io.github.ratecard.jira.JiraWorklogSource;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.jira.JiraWorklogTables;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading back-fill batches from a Jira-shaped worklog table (one issue per ten worklogs, ids
 * handed out in order with a gap now and then, as a cluster's id blocks leave them) through the
 * app's {@link JiraWorklogSource}: the first and the last batch of the table, in interleaved
 * rounds, against the query the source used before it read id windows; then one walk over the
 * whole table.
 */
final class SourceReadFigures {

    private static final int PROJECTS = 5;
    private static final int ROUNDS = 7;
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

    private final TestDatabase database;
    private final int worklogs;
    private final int batch;

    SourceReadFigures(TestDatabase database, int worklogs, int batch) {
        this.database = database;
        this.worklogs = worklogs;
        this.batch = batch;
    }

    /** The worklog at a position of the table: ids grow by one, and by 100 more after every 997th. */
    static long idAt(long position) {
        return position + 100 * (position / 997);
    }

    Map<String, Object> measure() {
        int issues = Math.max(1, worklogs / 10);
        try (JiraWorklogTables jira = JiraWorklogTables.create(database, PROJECTS, issues)) {
            jira.add(new AbstractList<>() {
                @Override
                public JiraWorklogTables.Worklog get(int index) {
                    long id = idAt(index + 1L);
                    Instant started = YEAR_START.plusSeconds(28 * id);
                    return new JiraWorklogTables.Worklog(id, 1 + Math.floorMod(id * 7919, issues), "u" + id % 60, started,
                            900 + Math.floorMod(id * 13, 7200), started.plusSeconds(3600));
                }

                @Override
                public int size() {
                    return worklogs;
                }
            });
            jira.execute("ANALYZE");
            WorklogSource source = new JiraWorklogSource(new JiraTables(jira.executors()));
            long lastBatchAfter = idAt(worklogs - batch);
            long[][] times = new long[4][ROUNDS];
            source.after(0, batch);
            for (int round = 0; round < ROUNDS; round++) {
                times[0][round] = timed(() -> check(source.after(0, batch), batch));
                times[1][round] = timed(() -> check(source.after(lastBatchAfter, batch), batch));
                times[2][round] = timed(() -> check(unbounded(jira, 0), batch));
                times[3][round] = timed(() -> check(unbounded(jira, lastBatchAfter), batch));
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("worklogs", worklogs);
            figures.put("issues", issues);
            figures.put("batch", batch);
            figures.put("rounds", ROUNDS);
            figures.put("firstBatchMillis", millis(median(times[0])));
            figures.put("lastBatchMillis", millis(median(times[1])));
            figures.put("lastToFirst", ratio(median(times[1]), median(times[0])));
            figures.put("unboundedFirstBatchMillis", millis(median(times[2])));
            figures.put("unboundedLastBatchMillis", millis(median(times[3])));
            figures.put("unboundedLastToFirst", ratio(median(times[3]), median(times[2])));
            walk(source, figures);
            return figures;
        }
    }

    /** Every batch of the table once, as the back-fill reads them. */
    private void walk(WorklogSource source, Map<String, Object> figures) {
        List<Long> times = new ArrayList<>();
        long read = 0;
        long after = 0;
        long begin = System.nanoTime();
        while (true) {
            long start = System.nanoTime();
            List<WorklogRecord> records = source.after(after, batch);
            times.add(System.nanoTime() - start);
            if (records.isEmpty()) {
                break;
            }
            read += records.size();
            after = records.get(records.size() - 1).worklogId();
        }
        if (read != worklogs) {
            throw new IllegalStateException("The walk read " + read + " of " + worklogs + " worklogs");
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        figures.put("walkSeconds", Math.round((System.nanoTime() - begin) / 1e6) / 1e3);
        figures.put("walkBatchMedianMillis", millis(sorted[sorted.length / 2]));
        figures.put("walkBatchMaxMillis", millis(sorted[sorted.length - 1]));
    }

    /** The query the source read with before: every later worklog, sorted, cut by the driver after {@code batch} rows. */
    private List<Long> unbounded(JiraWorklogTables jira, long after) {
        List<Long> ids = new ArrayList<>(batch);
        try (PreparedStatement statement = jira.connection().prepareStatement("SELECT w.id, w.issueid, p.pkey, i.issuenum, p.id, w.author,"
                + " w.startdate, w.timeworked, w.updated, w.created FROM worklog w JOIN jiraissue i ON i.id = w.issueid"
                + " JOIN project p ON p.id = i.project WHERE w.id > ? ORDER BY w.id")) {
            statement.setMaxRows(batch);
            statement.setFetchSize(Math.min(batch, 1000));
            statement.setLong(1, after);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    rows.getString(3);
                    rows.getTimestamp(7);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static void check(List<?> read, int expected) {
        if (read.size() != expected) {
            throw new IllegalStateException("A batch held " + read.size() + " worklogs, not " + expected);
        }
    }

    private static long timed(Runnable work) {
        long begin = System.nanoTime();
        work.run();
        return System.nanoTime() - begin;
    }

    static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    static double ratio(long a, long b) {
        return Math.round(1000.0 * a / b) / 1000.0;
    }
}
