package io.github.ratecard.web;

/** Worked time as people read it on an issue: {@code 3h 20m}, {@code 45m}, {@code 0m}. */
public final class WorkDuration {

    private WorkDuration() {
    }

    public static String format(long seconds) {
        long minutes = (seconds + 30) / 60;
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + "m";
        }
        return rest == 0 ? hours + "h" : hours + "h " + rest + "m";
    }
}
