package io.github.ratecard.insight.hints;

import java.util.List;
import java.util.Optional;

/** The stored hints: at most a few per account and rule, so reading them all is bounded. */
public interface HintStore {

    List<Hint> all();

    Optional<Hint> hint(long id);

    /** Inserts a hint whose fingerprint is new (id 0), else replaces the stored hint of that id. */
    void save(Hint hint);
}
