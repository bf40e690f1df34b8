package io.github.ratecard.domain;

import java.util.List;

/** One page of a longer list, and how long the whole list is. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
