package io.github.ratecard.domain;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a person typed into a picker, trimmed: at most {@link InputLimits#PICKER_QUERY} characters,
 * matched without regard to case. A key matches from its start ("ac" finds ACME), a name anywhere
 * ("corp" finds "Acme Corporation"); an empty query matches everything.
 */
public record SearchQuery(String text) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        InvalidInputException.require(text.length() <= InputLimits.PICKER_QUERY, "q",
                "A search may have at most " + InputLimits.PICKER_QUERY + " characters");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether the key starts with the query or the name contains it. */
    public boolean matches(String key, String name) {
        return rank(key, name) < NO_MATCH;
    }

    /**
     * Orders matches as a person expects them: the exact key first, then keys that start with the query,
     * then names that start with it, then names that contain it; ties by key.
     */
    public <T> Comparator<T> order(Function<T, String> key, Function<T, String> name) {
        return Comparator.<T>comparingInt(item -> rank(key.apply(item), name.apply(item)))
                .thenComparing(item -> lower(key.apply(item)));
    }

    private static final int NO_MATCH = 4;

    private int rank(String key, String name) {
        String query = lower(text);
        String lowerKey = lower(key);
        String lowerName = lower(name);
        if (query.isEmpty()) {
            return 0;
        }
        if (lowerKey.equals(query)) {
            return 0;
        }
        if (lowerKey.startsWith(query)) {
            return 1;
        }
        if (lowerName.startsWith(query)) {
            return 2;
        }
        return lowerName.contains(query) ? 3 : NO_MATCH;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
