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

    /** The distinct ids in chunks small enough for one IN list each. */
    static java.util.List<java.util.List<Long>> chunks(java.util.Collection<Long> ids, int size) {
        java.util.List<Long> distinct = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(ids));
        java.util.List<java.util.List<Long>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < distinct.size(); from += size) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + size)));
        }
        return chunks;
    }
}
