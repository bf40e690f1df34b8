package io.github.ratecard.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Round steps for a chart's value axis: the step is 1, 2 or 5 × 10ⁿ (in minor units), the
 * smallest such step that covers the highest value in at most {@code mostSteps} steps, and the
 * axis ends at the first step at or above the highest value. So €9,989 over five steps reads
 * 0, 2,000 … 10,000, never 9,989.
 */
final class NiceTicks {

    private static final long[] MULTIPLES = {1, 2, 5};

    private NiceTicks() {
    }

    /** The ticks from zero up to the axis' top, in minor units; {@code highest} below 1 counts as 1. */
    static List<Long> of(long highest, int mostSteps) {
        if (mostSteps < 1) {
            throw new IllegalArgumentException("An axis needs at least one step");
        }
        long top = Math.max(1, highest);
        long step = step(top, mostSteps);
        List<Long> ticks = new ArrayList<>();
        for (long tick = 0; ; tick = Math.addExact(tick, step)) {
            ticks.add(tick);
            if (tick >= top) {
                return ticks;
            }
        }
    }

    /** The smallest 1-2-5 step that reaches {@code top} in {@code mostSteps} steps. */
    static long step(long top, int mostSteps) {
        for (long power = 1; ; power = Math.multiplyExact(power, 10)) {
            for (long multiple : MULTIPLES) {
                long step = Math.multiplyExact(multiple, power);
                if (Math.multiplyExact(step, (long) mostSteps) >= top) {
                    return step;
                }
            }
        }
    }
}
