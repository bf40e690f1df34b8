package io.github.ratecard.bench;

import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.LedgerAggregates;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Worklog events from many threads at once through the listener's entry point, each event in its own transaction,
 * with commits as durable as the database can make them ({@link CommitDurability}). Each thread is an agent logging
 * on one issue that three other agents log on too: it creates its worklogs, edits each after the next is created and
 * deletes each after the one after it is created, so creates, edits and deletions run at the same time, on distinct
 * worklogs. Reports p50, p99 and the slowest per kind, after a warm-up round; errors are counted per kind (from the
 * changes the intake queued for retry), not hidden; afterwards every worklog must be deleted and the rollups equal a
 * fresh aggregate of the ledger.
 *
 * <p>Two rounds are measured: a closed loop, each agent sending its next event as soon as the last returned (a
 * throughput figure: on a small machine its latencies are mostly queueing for the cores and pooled connections), and
 * a round with think time, each agent waiting a random {@value #THINK_MIN_MILLIS}–{@value #THINK_MAX_MILLIS} ms after
 * each event, as people logging work do (what an agent waits for: the figure the target is for).
 */
final class ListenerConcurrencyFigures {

    static final double P99_TARGET_MILLIS = 10;
    static final int THINK_MIN_MILLIS = 50;
    static final int THINK_MAX_MILLIS = 500;
    private static final int AGENTS_PER_ISSUE = 4;
    private static final long FIRST_ISSUE = 101;
    private static final long IDS_PER_THREAD = 1_000_000;
    /** The bench's first 90,000 worklogs are logged in January 2026. */
    private static final long JANUARY_WORKLOGS = 90_000;
    private static final String[] KINDS = {"create", "update", "delete"};

    private final TestDatabase database;
    private final BenchApp app;
    private final int threads;
    private final int events;
    private final int projects;
    private final long firstId;
    private final int thinkEvents;

    /**
     * {@code events} worklogs per thread in the closed loop and {@code thinkEvents} in the round with think time (0:
     * none), under ids from {@code firstId} on that no other figure uses.
     */
    ListenerConcurrencyFigures(TestDatabase database, BenchApp app, int threads, int events, int thinkEvents, int projects, long firstId) {
        this.database = database;
        this.app = app;
        this.threads = threads;
        this.events = events;
        this.thinkEvents = thinkEvents;
        this.projects = projects;
        this.firstId = firstId;
    }

    Map<String, Object> measure() throws SQLException, InterruptedException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("threads", threads);
        figures.put("eventsPerThreadAndKind", events);
        figures.put("issues", (threads + AGENTS_PER_ISSUE - 1) / AGENTS_PER_ISSUE);
        figures.put("connectionPool", "the test ORM's DBCP 1.4 pool with its defaults: at most 8 connections, so up to "
                + Math.max(0, threads - 8) + " threads wait for one");
        long thinkFirst = firstId + 2 * threads * IDS_PER_THREAD;
        try (CommitDurability durability = CommitDurability.fsyncOn(database)) {
            figures.put("durability", durability.statement());
            run(firstId + threads * IDS_PER_THREAD, Math.min(events, 100), false);
            figures.put("closedLoop", round(firstId, events, false));
            if (thinkEvents > 0) {
                figures.put("thinkTime", round(thinkFirst, thinkEvents, true));
            }
            figures.put("fsyncDuringRun", durability.fsyncNow());
        }
        figures.put("rollupsEqualFresh", rollupsEqualFresh());
        return figures;
    }

    private Map<String, Object> round(long first, int perThread, boolean think) throws InterruptedException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("eventsPerThreadAndKind", perThread);
        figures.put("thinkMillis", think ? THINK_MIN_MILLIS + "–" + THINK_MAX_MILLIS + " after each event, uniformly at random" : "none");
        long failedBefore = app.intake.failed();
        String load = LoadAverage.now();
        Round measured = run(first, perThread, think);
        figures.put("loadAverage", load + " before, " + LoadAverage.now() + " after");
        for (int k = 0; k < KINDS.length; k++) {
            figures.put(KINDS[k], LedgerBenchmark.percentiles(measured.nanos[k]));
        }
        figures.put("seconds", Math.round(measured.wallNanos / 1e6) / 1e3);
        figures.put("eventsPerSecond", Math.round(3.0 * threads * perThread / (measured.wallNanos / 1e9)));
        figures.put("errors", errors(app.intake.failed() - failedBefore, measured, first));
        figures.put("notDeleted", notDeleted(first, perThread));
        return figures;
    }

    /** The slowest p99 of the three kinds in a round's figures, in ms. */
    static double worstP99(Map<String, Object> figures) {
        double worst = 0;
        for (String kind : KINDS) {
            worst = Math.max(worst, (double) ((Map<?, ?>) figures.get(kind)).get("p99"));
        }
        return worst;
    }

    private Round run(long first, int perThread, boolean think) throws InterruptedException {
        Round round = new Round(threads * perThread);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> agents = new ArrayList<>();
        AtomicReference<Throwable> broken = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread agent = new Thread(() -> {
                try {
                    start.await();
                    logWork(round, thread, first + thread * IDS_PER_THREAD, perThread, think);
                } catch (Throwable e) {
                    broken.compareAndSet(null, e);
                }
            }, "bench-agent-" + t);
            agents.add(agent);
            agent.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread agent : agents) {
            agent.join();
        }
        round.wallNanos = System.nanoTime() - begin;
        if (broken.get() != null) {
            throw new IllegalStateException("An agent thread broke off", broken.get());
        }
        return round;
    }

    /** Worklog i is created, edited once worklog i+1 is created and deleted once worklog i+2 is; with think time, a pause after each. */
    private void logWork(Round round, int thread, long first, int perThread, boolean think) throws InterruptedException {
        for (int i = 0; i <= perThread + 1; i++) {
            if (i < perThread) {
                round.time(0, thread * perThread + i, WorklogChange.saved(worklog(thread, first + i, false)));
                think(think);
            }
            if (i >= 1 && i - 1 < perThread) {
                round.time(1, thread * perThread + i - 1, WorklogChange.saved(worklog(thread, first + i - 1, true)));
                think(think);
            }
            if (i >= 2) {
                round.time(2, thread * perThread + i - 2, WorklogChange.deleted(first + i - 2, Instant.now()));
                think(think);
            }
        }
    }

    private static void think(boolean think) throws InterruptedException {
        if (think) {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(THINK_MIN_MILLIS, THINK_MAX_MILLIS + 1));
        }
    }

    /** Agent u&lt;thread&gt;'s worklog on the issue it shares with three other agents, on a day of the ledger's; edited: 10 minutes more. */
    private WorklogRecord worklog(int thread, long id, boolean edited) {
        long issue = FIRST_ISSUE + thread / AGENTS_PER_ISSUE;
        long project = 1 + issue % projects;
        WorklogRecord like = like(id);
        return new WorklogRecord(id, issue, "P" + project + "-" + issue, project, "P" + project, "u" + thread, like.started(),
                like.timeSpentSeconds() + (edited ? 600 : 0), like.updated().plusSeconds(edited ? 3600 : 0));
    }

    /** Handler failures in the round, per kind as the retry queue holds them; those not queued as "unqueued". */
    private Map<String, Object> errors(long failed, Round round, long first) {
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("total", failed + round.thrown.get());
        long[] perKind = new long[KINDS.length];
        long lastId = first + threads * IDS_PER_THREAD;
        long queued = 0;
        for (RetryQueue.Retry retry : app.retries.due(Instant.now(), 1_000_000)) {
            WorklogChange change = retry.change();
            if (change.worklogId() < first || change.worklogId() >= lastId) {
                continue;
            }
            queued++;
            if (change.kind() == WorklogChange.Kind.DELETED) {
                perKind[2]++;
            } else {
                perKind[change.record().orElseThrow().updated().isAfter(like(change.worklogId()).updated()) ? 1 : 0]++;
            }
        }
        for (int k = 0; k < KINDS.length; k++) {
            errors.put(KINDS[k], perKind[k]);
        }
        errors.put("unqueued", failed - queued);
        errors.put("thrownToCaller", round.thrown.get());
        return errors;
    }

    /** The worklog of the ledger whose day, time and length the listener's worklog takes: one of January's. */
    private static WorklogRecord like(long id) {
        return LedgerBenchmark.record(1 + Math.floorMod(id * 7919L, JANUARY_WORKLOGS));
    }

    /** The round's worklogs the ledger does not hold as deleted. */
    private long notDeleted(long first, int perThread) {
        LedgerStore store = app.bean(LedgerStore.class);
        List<Long> ids = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                ids.add(first + t * IDS_PER_THREAD + i);
            }
        }
        long missing = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            Map<Long, LedgerStore.Stored> stored = store.storedAll(chunk);
            missing += chunk.stream().filter(id -> stored.get(id) == null || stored.get(id).deletedAt().isEmpty()).count();
        }
        return missing;
    }

    private boolean rollupsEqualFresh() {
        for (long project = 1; project <= projects; project++) {
            if (!LedgerAggregates.ofRollups(app.rollups, project).equals(LedgerAggregates.fresh(database.activeObjects(), project))) {
                return false;
            }
        }
        return true;
    }

    /** Each event's time by kind; an exception thrown back to the caller (the intake should never throw) is counted. */
    private final class Round {
        final long[][] nanos;
        final AtomicLong thrown = new AtomicLong();
        long wallNanos;

        Round(int perKind) {
            nanos = new long[KINDS.length][perKind];
        }

        void time(int kind, int slot, WorklogChange change) {
            long begin = System.nanoTime();
            try {
                app.intake.accept(change);
            } catch (RuntimeException e) {
                thrown.incrementAndGet();
            }
            nanos[kind][slot] = System.nanoTime() - begin;
        }
    }
}
