package io.github.ratecard.sandbox;

import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.sandbox.model.SbWorklog;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prices the demo worklogs after the sandbox starts, each one through the worklog intake
 * exactly as a Jira worklog event would be, in a background thread; the home page shows how
 * far it has come. (Back-filling a real Jira's worklogs in batches is a job of its own.)
 */
final class DemoPricing implements Runnable {

    private static final int PAGE = 500;

    private final SandboxStore store;
    private final WorklogIntake intake;
    private final AtomicLong done = new AtomicLong();
    private final long total;
    private volatile boolean stopped;
    private volatile long began;
    private volatile long ended;

    DemoPricing(SandboxStore store, WorklogIntake intake) {
        this.store = store;
        this.intake = intake;
        this.total = store.worklogCount();
    }

    @Override
    public void run() {
        long begin = System.nanoTime();
        began = begin;
        long lastId = 0;
        while (!stopped) {
            List<SbWorklog> page = store.worklogsAfter(lastId, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (SbWorklog worklog : page) {
                intake.accept(WorklogChange.saved(store.record(worklog)));
                lastId = worklog.getId();
                done.incrementAndGet();
            }
        }
        ended = System.nanoTime();
        System.out.printf("Priced %,d demo worklogs in %.1f s%n", done.get(), (ended - begin) / 1e9);
    }

    void stop() {
        stopped = true;
    }

    long done() {
        return done.get();
    }

    long total() {
        return total;
    }

    /** How long it has been pricing, in milliseconds. */
    long activeMillis() {
        long start = began;
        if (start == 0) {
            return 0;
        }
        long end = ended == 0 ? System.nanoTime() : ended;
        return (end - start) / 1_000_000;
    }

    boolean running() {
        return !stopped && ended == 0 && done.get() < total;
    }
}
