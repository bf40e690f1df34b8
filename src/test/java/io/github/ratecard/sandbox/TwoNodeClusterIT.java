package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.testing.ao.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two sandbox processes on one PostgreSQL schema, as two Jira Data Center nodes on Jira's
 * database, with the background job run once per cluster under a database lock. Agents log work
 * on both nodes at once, finance changes an agent's cost rate three times on one node while the
 * re-pricing runs wherever the lock is, issues eight invoices of one account from both nodes at
 * once, and a budget is overrun meanwhile; then a back-fill starts and the node
 * running it is killed ({@code kill -9}) half-way. The tests read the shared tables directly.
 * Runs when {@code -Dratecard.db=postgres} (with {@code -Dratecard.db.url}); skipped otherwise.
 */
public class TwoNodeClusterIT {

    private static final String SCHEMA = "cluster_it";
    private static final int DEMO_WORKLOGS = 1000;
    private static final int LOGGERS_PER_NODE = 2;
    private static final int WORKLOGS_PER_LOGGER = 15;
    private static final String BUDGET_ISSUE = "ACME-7";
    private static final String OVERRUN_SUBJECT = "[Ratecard] " + BUDGET_ISSUE + " reached 100 % of its budget";
    private static final String REPRICED_AGENT = "agent05";
    private static final String[] RATE_CHANGES = {"2026-07-01", "2026-08-01", "2026-09-01"};
    private static final int INVOICES = 8;

    private static Path logs;
    private static TestDatabase database;
    private static ClusterTables tables;
    private static ClusterNode first;
    private static ClusterNode second;
    private static ClusterNode killed;
    private static final Map<LocalDate, Long> rateFrom = new java.util.concurrent.ConcurrentHashMap<>();
    private static long backfillPositionAtKill;
    /** The back-fills before the one the test starts and kills: the demo is priced by one. */
    private static int backfillsBeforeTheKill;
    private static long killedAt;

    @BeforeClass
    public static void runTheClusterStory() throws Exception {
        assumeTrue("needs -Dratecard.db=postgres", TestDatabase.isPostgres());
        String url = System.getProperty("ratecard.db.url", "jdbc:postgresql://127.0.0.1:5432/ratecard");
        logs = Files.createDirectories(Path.of("target", "cluster-it"));
        Files.deleteIfExists(journal("node-1"));
        Files.deleteIfExists(journal("node-2"));
        long began = System.nanoTime();
        first = ClusterNode.start("node-1", properties("node-1", url, true), logs.resolve("node-1.log"));
        database = TestDatabase.postgresSchema(url, "ratecard", "ratecard", SCHEMA, false);
        tables = new ClusterTables(database);
        awaitThat("the demo worklogs are priced", () -> tables.liveLedgerRows() == tables.worklogs(), 180);
        awaitThat("the demo's back-fill is done", () -> tables.openJobs() == 0, 180);
        backfillsBeforeTheKill = tables.backfills().size();
        second = ClusterNode.start("node-2", properties("node-2", url, false), logs.resolve("node-2.log"));
        System.out.printf("Cluster of two sandboxes ready in %.1f s%n", (System.nanoTime() - began) / 1e9);

        workOnBothNodesAtOnce();
        awaitThat("the ledger jobs are done", () -> tables.openJobs() == 0 && tables.retries() == 0, 180);
        killTheNodeRunningABackfill();
        awaitThat("the back-fill is done on the other node", () -> tables.openJobs() == 0, 180);
        awaitThat("the budget's overrun is mailed", () -> tables.alertMails(BUDGET_ISSUE).contains(OVERRUN_SUBJECT), 60);
        // two more runs of the survivor's background job: time for an alert to be sent twice
        Thread.sleep(12_000);
        System.out.printf("Cluster story told in %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    private static Map<String, String> properties(String node, String url, boolean reset) {
        Map<String, String> properties = new HashMap<>();
        properties.put("ratecard.sandbox.port", "0");
        properties.put("ratecard.sandbox.dir", logs.resolve(node).toString());
        properties.put("ratecard.sandbox.reset", String.valueOf(reset));
        properties.put("ratecard.sandbox.node", node);
        properties.put("ratecard.sandbox.jobs.journal", journal(node).toString());
        properties.put("ratecard.sandbox.db", "postgres");
        properties.put("ratecard.sandbox.db.url", url);
        properties.put("ratecard.sandbox.db.schema", SCHEMA);
        properties.put("ratecard.demo.worklogs", String.valueOf(DEMO_WORKLOGS));
        properties.put("ratecard.demo.price", "true");
        // the administrator's job calls come from a script, not a browser session: no password prompt, as on a test site
        properties.put("ratecard.sandbox.websudo", "false");
        // a back-fill of some 1,000 worklogs in batches of 25, each after a pause: long enough to kill a node half-way
        properties.put("ratecard.sandbox.jobs.batch", "25");
        properties.put("ratecard.sandbox.jobs.pauseMillis", "150");
        return properties;
    }

    /** Agents log work on both nodes, finance changes rates on the first and issues invoices from both, all at once. */
    private static void workOnBothNodesAtOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        first.call("POST", "/rest/ratecard/1.0/budgets", "finance", "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + BUDGET_ISSUE
                + "\",\"measure\":\"COST\",\"amount\":\"600\",\"from\":\"" + today.minusDays(60) + "\",\"to\":\"" + today.plusDays(60)
                + "\",\"thresholds\":[50,80,100]}", 201);
        List<Long> drafts = new ArrayList<>();
        LocalDate week = LocalDate.of(2026, 8, 3);
        for (int i = 0; i < INVOICES; i++, week = week.plusWeeks(1)) {
            ClusterNode node = i % 2 == 0 ? first : second;
            drafts.add(node.call("POST", "/rest/ratecard/1.0/invoices", "finance", "{\"accountKey\":\"INITECH\",\"from\":\"" + week
                    + "\",\"to\":\"" + week.plusDays(6) + "\"}", 201).get("id").asLong());
        }
        List<Callable<Void>> work = new ArrayList<>();
        for (ClusterNode node : List.of(first, second)) {
            for (int logger = 0; logger < LOGGERS_PER_NODE; logger++) {
                int seed = work.size();
                work.add(() -> logWork(node, seed, today));
            }
        }
        work.add(TwoNodeClusterIT::changeRates);
        for (int i = 0; i < INVOICES; i++) {
            ClusterNode node = i % 2 == 0 ? second : first;
            long draft = drafts.get(i);
            work.add(() -> {
                node.call("POST", "/rest/ratecard/1.0/invoices/" + draft + "/issue", "finance",
                        "{\"issueDate\":\"2026-11-30\",\"exchangeRate\":\"0.0061\"}", 200);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            for (Future<Void> done : pool.invokeAll(work, 5, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Worklogs on the budget's issue and on others, by several agents among them the one whose rate changes; every fifth one edited after. */
    private static Void logWork(ClusterNode node, int seed, LocalDate today) throws Exception {
        for (int i = 0; i < WORKLOGS_PER_LOGGER; i++) {
            String issue = i % 2 == 0 ? BUDGET_ISSUE : "ACME-" + (10 + (seed * WORKLOGS_PER_LOGGER + i) % 40);
            String author = i % 3 == 0 ? REPRICED_AGENT : String.format("agent%02d", 1 + (seed * 7 + i) % 40);
            String started = today.minusDays(1 + (i + seed) % 20) + "T09:00:00Z";
            long id = node.call("POST", "/sandbox/api/worklogs", null, "{\"issue\":\"" + issue + "\",\"author\":\"" + author
                    + "\",\"started\":\"" + started + "\",\"timeSpentSeconds\":3600}", 201).get("id").asLong();
            if (i % 5 == 4) {
                node.call("PUT", "/sandbox/api/worklogs/" + id, null, "{\"started\":\"" + started + "\",\"timeSpentSeconds\":5400}", 200);
            }
        }
        return null;
    }

    private static Void changeRates() throws Exception {
        for (int i = 0; i < RATE_CHANGES.length; i++) {
            JsonNode rate = first.call("POST", "/rest/ratecard/1.0/rates/cost", "finance", "{\"scope\":\"USER\",\"userKey\":\""
                    + REPRICED_AGENT + "\",\"amount\":\"" + (30 + i) + "\",\"currency\":\"EUR\",\"validFrom\":\"" + RATE_CHANGES[i] + "\"}", 201);
            rateFrom.put(LocalDate.parse(RATE_CHANGES[i]), rate.get("id").asLong());
            Thread.sleep(1500);
        }
        return null;
    }

    /** Once a third of the back-fill is done: had both nodes been working on it, their runs would overlap by now. */
    private static void killTheNodeRunningABackfill() throws Exception {
        second.call("POST", "/rest/ratecard/1.0/admin/backfill", "admin", "{}", 202);
        long third = tables.lastWorklogId() / 3;
        awaitThat("a third of the back-fill is done", () -> tables.backfillPosition() > third, 60);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (killed == null && System.nanoTime() < deadline) {
            for (ClusterNode node : List.of(first, second)) {
                if (node.runsBackgroundJob()) {
                    backfillPositionAtKill = tables.backfillPosition();
                    // taken before the kill: the other node may take the job the moment this one is gone, before kill() returns
                    killedAt = System.currentTimeMillis();
                    node.kill();
                    killed = node;
                    break;
                }
            }
        }
        assertTrue("no node was seen running the back-fill", killed != null);
        assertTrue("the back-fill was already done when its node was killed", tables.openJobs() > 0);
    }

    private static Path journal(String node) {
        return logs.resolve(node + "-runs.txt");
    }

    /** The node's background runs from its journal, as start and end times; a run the kill cut short ends with the kill. */
    private static List<long[]> runs(ClusterNode node) throws java.io.IOException {
        List<long[]> runs = new ArrayList<>();
        for (String line : Files.readAllLines(journal(node.name))) {
            long at = Long.parseLong(line.substring(line.indexOf(' ') + 1));
            if (line.startsWith("start")) {
                runs.add(new long[] {at, node == killed ? killedAt : Long.MAX_VALUE});
            } else {
                runs.get(runs.size() - 1)[1] = at;
            }
        }
        return runs;
    }

    private static void awaitThat(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + seconds + " s in vain until " + what + "; the nodes' output is in " + logs);
            }
            Thread.sleep(250);
        }
    }

    @AfterClass
    public static void stopTheCluster() throws Exception {
        for (ClusterNode node : new ClusterNode[] {first, second}) {
            if (node != null) {
                node.stop();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    public void theBackgroundJob_shouldRunOnOneNodeAtATime() throws Exception {
        List<long[]> onFirst = runs(first);
        List<long[]> onSecond = runs(second);
        assertFalse(onFirst.isEmpty());
        assertFalse(onSecond.isEmpty());
        for (long[] a : onFirst) {
            for (long[] b : onSecond) {
                assertTrue("runs at once: " + Arrays.toString(a) + " on node-1, " + Arrays.toString(b) + " on node-2", a[1] <= b[0] || b[1] <= a[0]);
            }
        }
    }

    @Test
    public void everyWorklog_shouldHaveOneLiveLedgerEntryWithItsLatestTimeUnlessInvoiced() {
        assertEquals(List.of(), tables.worklogsWithoutTheirLedgerEntry());
        assertEquals(tables.worklogs(), tables.liveLedgerRows());
    }

    @Test
    public void rollups_shouldEqualAFreshAggregateOfTheLedger() {
        assertEquals(List.of(), tables.rollupsUnlikeAFreshAggregate());
    }

    @Test
    public void invoiceNumbers_shouldBeUniqueAndWithoutGaps() {
        Map<String, List<Integer>> numbers = tables.invoiceNumbersBySequence();
        assertTrue(numbers.toString(), numbers.values().stream().mapToInt(List::size).sum() >= INVOICES);
        numbers.forEach((sequence, issued) -> {
            for (int i = 0; i < issued.size(); i++) {
                assertEquals(sequence + " " + issued, i + 1, (int) issued.get(i));
            }
        });
        assertEquals(List.of(), tables.worklogsOnTwoInvoices());
    }

    @Test
    public void theRateChangesOnOneNode_shouldHaveRepricedTheWorkLoggedOnBoth() {
        assertEquals(3, rateFrom.size());
        assertEquals(List.of(), tables.entriesNotOnTheirRate(REPRICED_AGENT, rateFrom));
    }

    @Test
    public void theBackfill_shouldFinishOnceOnTheOtherNodeAfterTheKill() {
        assertFalse(killed.isAlive());
        List<ClusterTables.Backfill> backfills = tables.backfills();
        assertEquals("one back-fill besides the demo's", backfillsBeforeTheKill + 1, backfills.size());
        ClusterTables.Backfill backfill = backfills.get(backfills.size() - 1);
        assertEquals("DONE", backfill.state());
        assertTrue("resumed from " + backfillPositionAtKill, backfill.position() > backfillPositionAtKill);
        assertEquals(tables.worklogs(), backfill.done() + backfill.skipped());
    }

    @Test
    public void eachAlert_shouldBeSentOncePerRecipient() {
        assertTrue(tables.alertMails(BUDGET_ISSUE).contains(OVERRUN_SUBJECT));
        assertEquals(List.of(), tables.mailsSentTwice());
    }
}
