package io.github.ratecard.ledger;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for worklog changes: Jira's worklog events and the sandbox's development
 * endpoints both arrive here. It hands each change to every handler and never throws back
 * into the caller (Jira's Log Work must not fail because of Ratecard): a failing change is
 * logged and queued for retry, and the other handlers still run.
 */
public final class WorklogIntake {

    private static final Logger LOG = LoggerFactory.getLogger(WorklogIntake.class);

    private final List<WorklogChangeHandler> handlers;
    private final RetryQueue retries;
    private final Clock clock;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public WorklogIntake(List<WorklogChangeHandler> handlers, RetryQueue retries, Clock clock) {
        this.handlers = List.copyOf(handlers);
        this.retries = retries;
        this.clock = clock;
    }

    public void accept(WorklogChange change) {
        received.incrementAndGet();
        boolean queued = false;
        for (WorklogChangeHandler handler : handlers) {
            try {
                handler.handle(change);
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.error("Ratecard could not process {} in {}; it is queued for retry", change, handler.getClass().getSimpleName(), e);
                if (!queued) {
                    queued = queue(change, e);
                }
            }
        }
    }

    /** Runs every handler on a queued change, throwing the first failure (the retry stays queued). */
    public void retry(WorklogChange change) {
        for (WorklogChangeHandler handler : handlers) {
            handler.handle(change);
        }
    }

    private boolean queue(WorklogChange change, RuntimeException failure) {
        try {
            retries.add(change, String.valueOf(failure), clock.instant());
            return true;
        } catch (RuntimeException e) {
            LOG.error("Ratecard could not queue {} for retry; a back-fill will restore it", change, e);
            return false;
        }
    }

    /** Changes accepted since this node started. */
    public long received() {
        return received.get();
    }

    /** Handler failures since this node started. */
    public long failed() {
        return failed.get();
    }
}
