package io.github.ratecard.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes re-pricing requests on, except while {@link #during} runs a change on this thread: then
 * it keeps them instead, so a change that is only previewed asks for nothing (no job, no new
 * pricing version).
 */
public final class RepricingCapture implements RepricingRequests {

    private final RepricingRequests next;
    private final ThreadLocal<List<AffectedWork>> kept = new ThreadLocal<>();

    public RepricingCapture(RepricingRequests next) {
        this.next = next;
    }

    @Override
    public void reprice(AffectedWork work) {
        List<AffectedWork> keeping = kept.get();
        if (keeping == null) {
            next.reprice(work);
        } else {
            keeping.add(work);
        }
    }

    /** Runs the change and returns the work it asked to price again, in the order asked. */
    public List<AffectedWork> during(Runnable change) {
        List<AffectedWork> outer = kept.get();
        List<AffectedWork> keeping = new ArrayList<>();
        kept.set(keeping);
        try {
            change.run();
            return keeping;
        } finally {
            if (outer == null) {
                kept.remove();
            } else {
                kept.set(outer);
            }
        }
    }
}
