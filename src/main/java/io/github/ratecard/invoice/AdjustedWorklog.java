package io.github.ratecard.invoice;

import java.util.Optional;

/**
 * The worklog an adjustment line settles: work changed after it was invoiced. Its line key is
 * {@code ADJUSTMENT:<worklog id>}, built and read back here only.
 */
public record AdjustedWorklog(long worklogId) {

    private static final String KEY_PREFIX = "ADJUSTMENT:";

    public String lineKey() {
        return KEY_PREFIX + worklogId;
    }

    /** The worklog a stored adjustment line's key names, for stores reading lines back; empty for any other key. */
    public static Optional<AdjustedWorklog> ofLineKey(String lineKey) {
        return lineKey.startsWith(KEY_PREFIX) ? Optional.of(new AdjustedWorklog(Long.parseLong(lineKey.substring(KEY_PREFIX.length()))))
                : Optional.empty();
    }
}
