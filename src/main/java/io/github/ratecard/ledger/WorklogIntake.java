package io.github.ratecard.ledger;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for worklog changes: Jira's worklog events and the sandbox's development
 * endpoints both arrive here. It hands each change to every handler and never throws back
 * into the caller (Jira's Log Work must not fail because of Ratecard): a failing handler is
 * logged and counted, and the others still run.
 */
public final class WorklogIntake {

    private static final Logger LOG = LoggerFactory.getLogger(WorklogIntake.class);

    private final List<WorklogChangeHandler> handlers;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public WorklogIntake(List<WorklogChangeHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    public void accept(WorklogChange change) {
        received.incrementAndGet();
        for (WorklogChangeHandler handler : handlers) {
            try {
                handler.handle(change);
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.error("Ratecard could not process {} in {}", change, handler.getClass().getSimpleName(), e);
            }
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
