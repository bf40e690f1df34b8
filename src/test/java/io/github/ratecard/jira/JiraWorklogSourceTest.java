package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.jira.JiraWorklogTables;
import io.github.ratecard.testing.jira.JiraWorklogTables.Worklog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The back-fill's walk over Jira's worklogs, on Jira-shaped tables in the suite's database (H2, or
 * PostgreSQL with -Dratecard.db=postgres): id order, at most the limit, and no worklog skipped
 * whatever the gaps between ids.
 */
public class JiraWorklogSourceTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private TestDatabase database;
    private JiraWorklogTables jira;
    private JiraWorklogSource target;

    @Before
    public void setUp() {
        database = TestDatabase.fresh();
        jira = JiraWorklogTables.create(database, 3, 30);
        target = new JiraWorklogSource(new JiraTables(jira.executors()));
    }

    @After
    public void tearDown() {
        jira.close();
        database.close();
    }

    @Test
    public void worklogsAfterAnId_shouldComeLowestIdFirstWithTheirIssueAndProject() {
        jira.add(List.of(worklog(12, 4), worklog(10, 7), worklog(11, 3)));

        List<WorklogRecord> read = target.after(10, 5);

        assertEquals(List.of(11L, 12L), ids(read));
        WorklogRecord first = read.get(0);
        assertEquals(3, first.issueId());
        assertEquals("P1-3", first.issueKey());
        assertEquals(1, first.projectId());
        assertEquals("agent11", first.authorKey());
        assertEquals(MONDAY.plusSeconds(11), first.started());
        assertEquals(1100, first.timeSpentSeconds());
    }

    @Test
    public void aLimit_shouldCutTheBatchAtTheLowestIds() {
        jira.add(worklogs(LongStream.rangeClosed(1, 20)));

        assertEquals(List.of(6L, 7L, 8L, 9L), ids(target.after(5, 4)));
    }

    @Test
    public void sparseIds_shouldAllBeReadInBatchesOfTheLimit() {
        jira.add(worklogs(LongStream.rangeClosed(1, 200).map(i -> i * 37)));

        List<List<Long>> batches = batchesOf(10);

        assertEquals(20, batches.size());
        batches.forEach(batch -> assertEquals(10, batch.size()));
        assertEquals(LongStream.rangeClosed(1, 200).map(i -> i * 37).boxed().toList(), batches.stream().flatMap(List::stream).toList());
    }

    @Test
    public void aGapOfMillionsOfIds_shouldBeCrossedWithinOneBatch() {
        jira.add(worklogs(LongStream.concat(LongStream.rangeClosed(1, 3), LongStream.rangeClosed(7_000_001, 7_000_003))));

        assertEquals(List.of(2L, 3L, 7_000_001L, 7_000_002L), ids(target.after(1, 4)));
    }

    @Test
    public void deletedWorklogs_shouldLeaveNoHoleInTheBatch() {
        jira.add(worklogs(LongStream.rangeClosed(1, 100)));
        jira.execute("DELETE FROM worklog WHERE id BETWEEN 3 AND 60");

        assertEquals(List.of(1L, 2L, 61L, 62L, 63L), ids(target.after(0, 5)));
    }

    @Test
    public void theLastBatch_shouldHoldWhatIsLeftAndTheNextNothing() {
        jira.add(worklogs(LongStream.rangeClosed(1, 12)));

        assertEquals(List.of(11L, 12L), ids(target.after(10, 5)));
        assertEquals(List.of(), target.after(12, 5));
        assertEquals(List.of(), target.after(9_000_000, 5));
    }

    @Test
    public void anEmptyWorklogTable_shouldGiveNothing() {
        assertEquals(List.of(), target.after(0, 5));
        assertEquals(0, target.count());
    }

    @Test
    public void worklogsOfAnIssueThatIsGone_shouldBeLeftOutAndTheBatchFilledFromLaterIds() {
        jira.add(List.of(worklog(1, 2), worklog(2, 999), worklog(3, 999), worklog(4, 5), worklog(5, 6)));

        assertEquals(List.of(1L, 4L, 5L), ids(target.after(0, 3)));
    }

    @Test
    public void walkingRandomTables_shouldReadExactlyWhatTheUnboundedQueryReads() {
        Random random = new Random(19);
        List<Worklog> worklogs = new ArrayList<>();
        long id = 0;
        for (int i = 0; i < 3000; i++) {
            id += random.nextInt(100) == 0 ? 1 + random.nextInt(2_000_000) : 1 + random.nextInt(random.nextBoolean() ? 2 : 300);
            worklogs.add(worklog(id, 1 + random.nextInt(random.nextInt(50) == 0 ? 40 : 30)));
        }
        jira.add(worklogs);

        for (int limit : new int[] {1, 7, 100, 1000}) {
            long after = 0;
            while (true) {
                List<WorklogRecord> read = target.after(after, limit);
                assertEquals("after " + after + ", limit " + limit, unboundedQuery(after, limit), ids(read));
                if (read.isEmpty()) {
                    break;
                }
                after = read.get(read.size() - 1).worklogId();
            }
        }
    }

    @Test
    public void count_shouldCountEveryWorklog() {
        jira.add(worklogs(LongStream.rangeClosed(1, 40).map(i -> i * 1000)));

        assertEquals(40, target.count());
    }

    /** The query the source read with before it had id windows: every later worklog, sorted, cut by the driver. */
    private List<Long> unboundedQuery(long after, int limit) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = jira.connection().prepareStatement("SELECT w.id FROM worklog w JOIN jiraissue i ON i.id = w.issueid"
                + " JOIN project p ON p.id = i.project WHERE w.id > ? ORDER BY w.id")) {
            statement.setMaxRows(limit);
            statement.setLong(1, after);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private List<List<Long>> batchesOf(int limit) {
        List<List<Long>> batches = new ArrayList<>();
        long after = 0;
        for (List<WorklogRecord> batch = target.after(after, limit); !batch.isEmpty(); batch = target.after(after, limit)) {
            batches.add(ids(batch));
            after = batch.get(batch.size() - 1).worklogId();
        }
        return batches;
    }

    private static List<Worklog> worklogs(LongStream ids) {
        return ids.mapToObj(id -> worklog(id, 1 + id % 30)).toList();
    }

    private static Worklog worklog(long id, long issueId) {
        return new Worklog(id, issueId, "agent" + id, MONDAY.plusSeconds(id), id * 100, MONDAY.plusSeconds(3600 + id));
    }

    private static List<Long> ids(List<WorklogRecord> records) {
        return records.stream().map(WorklogRecord::worklogId).toList();
    }
}
