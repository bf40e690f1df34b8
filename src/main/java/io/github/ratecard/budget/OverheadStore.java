package io.github.ratecard.budget;

import java.util.List;
import java.util.Optional;

/** Where overhead rates are kept. */
public interface OverheadStore {

    /** Stores a new rate (its id is ignored) and returns the id it was given. */
    long insert(OverheadRate rate);

    void delete(long id);

    Optional<OverheadRate> rate(long id);

    /** Every rate, global first, then by project and day. */
    List<OverheadRate> all();
}
