package io.github.ratecard.sandbox;

import io.github.ratecard.jobs.JobTrigger;
import io.github.ratecard.jobs.BackgroundRun;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays Jira's scheduler for the sandbox: one background thread runs the app's background job every
 * few seconds, and at once when asked, but only while it holds the cluster lock, so that of several
 * sandbox processes on one database one at a time does the work (Jira's "run once per cluster").
 */
final class SandboxScheduler implements JobTrigger {

    private static final long INTERVAL_SECONDS = 5;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ratecard-sandbox-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final SandboxClusterLock lock;
    private volatile BackgroundRun run;
    private volatile boolean stopping;
    private volatile boolean running;

    SandboxScheduler(SandboxClusterLock lock) {
        this.lock = lock;
    }

    void start(BackgroundRun backgroundRun) {
        this.run = backgroundRun;
        executor.scheduleWithFixedDelay(this::runOnce, 0, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void runSoon() {
        if (run != null && queued.compareAndSet(false, true)) {
            executor.execute(this::runOnce);
        }
    }

    private void runOnce() {
        queued.set(false);
        try {
            lock.tryRun(() -> {
                running = true;
                try {
                    run.run(() -> stopping);
                } finally {
                    running = false;
                }
            });
        } catch (RuntimeException e) {
            System.err.println("Ratecard sandbox background job failed: " + e);
        }
    }

    /** Whether this process is running the background job now (and so holds the cluster lock). */
    boolean isRunning() {
        return running;
    }

    void stop() {
        stopping = true;
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
