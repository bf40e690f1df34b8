package io.github.ratecard.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a piece of background work has come, as a person reads it: {@code done} never above
 * {@code total} (work that arrived after the total was measured must not show as "52 of 42"), and
 * the time left at the pace observed so far. There is no estimate until the pace is known: at least
 * {@link #MIN_OBSERVED_MILLIS} of work and 1 % of the total (or {@link #ENOUGH_DONE} items) done. The
 * estimate is never negative and is rounded up to whole seconds.
 */
public record JobProgress(long done, long total, Optional<Duration> remaining) {

    static final long MIN_OBSERVED_MILLIS = 2_000;
    static final long ENOUGH_DONE = 1_000;

    public static JobProgress of(long done, long total, long activeMillis) {
        long shownTotal = Math.max(0, total);
        long shownDone = Math.min(Math.max(0, done), shownTotal);
        return new JobProgress(shownDone, shownTotal, estimate(shownDone, shownTotal, activeMillis));
    }

    /** The share done, 0–100; 100 only when every item is done. */
    public int percent() {
        if (total == 0) {
            return 0;
        }
        return done == total ? 100 : (int) Math.min(99, done * 100 / total);
    }

    private static Optional<Duration> estimate(long done, long total, long activeMillis) {
        boolean paceKnown = done > 0 && activeMillis >= MIN_OBSERVED_MILLIS && (done * 100 >= total || done >= ENOUGH_DONE);
        if (!paceKnown) {
            return Optional.empty();
        }
        double millisLeft = (double) (total - done) * activeMillis / done;
        return Optional.of(Duration.ofSeconds((long) Math.ceil(millisLeft / 1000)));
    }
}
