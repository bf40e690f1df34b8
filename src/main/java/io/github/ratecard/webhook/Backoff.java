package io.github.ratecard.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: one minute after the first attempt, then twice as long after each
 * further one (2, 4, 8 … minutes), never more than 24 hours; after {@value #MAX_ATTEMPTS} attempts it has failed.
 * Attempts 1 to 12 span about 34 hours.
 */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(24);

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public static Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 20);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    public static boolean exhausted(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
