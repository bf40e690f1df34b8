package io.github.ratecard.jobs;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands "run soon" on to the scheduler once it has started. The services that ask for a run are
 * built before the scheduler (which needs them through the job worker), so they get this relay
 * instead of the scheduler itself; until the scheduler connects, asking does nothing and the
 * job runs at its next interval.
 */
public final class JobTriggerRelay implements JobTrigger {

    private final AtomicReference<JobTrigger> target = new AtomicReference<>(JobTrigger.NONE);

    public void connect(JobTrigger trigger) {
        target.set(trigger);
    }

    public void disconnect() {
        target.set(JobTrigger.NONE);
    }

    @Override
    public void runSoon() {
        target.get().runSoon();
    }
}
