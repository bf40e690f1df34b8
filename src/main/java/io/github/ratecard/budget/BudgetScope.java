package io.github.ratecard.budget;

import java.util.Objects;

/** What a budget covers: a project (by key), a client account (by key), or an issue with its children (by key). */
public record BudgetScope(Kind kind, String key) {

    public enum Kind {
        PROJECT,
        ACCOUNT,
        ISSUE
    }

    public BudgetScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }
}
