package io.github.ratecard.store;

import java.util.Collections;

/** Small pieces of SQL the stores share. */
final class Sql {

    private Sql() {
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
