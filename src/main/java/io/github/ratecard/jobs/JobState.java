package io.github.ratecard.jobs;

/** Where a ledger job is. RUNNING jobs are picked up by the background job in order of creation. */
public enum JobState {
    RUNNING, PAUSED, CANCELLED, DONE, FAILED;

    /** Whether the job still has work to do (it may be paused or failed and resumed). */
    public boolean isOpen() {
        return this == RUNNING || this == PAUSED || this == FAILED;
    }
}
