package io.github.ratecard.contract;

import java.util.List;
import java.util.Optional;

/** Where the contracts' alert thresholds and the crossings already raised are kept; a crossing is stored once. */
public interface ThresholdStore {

    Optional<ContractThresholds> thresholds(String accountKey);

    /** Every account's thresholds, by account key. */
    List<ContractThresholds> all();

    void save(ContractThresholds thresholds);

    /** Whether a crossing with this {@link ThresholdCrossing#dedupKey()} was raised. */
    boolean raised(String dedupKey);

    /** Stores a new crossing; the store refuses a second one with the same key. */
    void insert(ThresholdCrossing crossing);

    /** The account's crossings, newest first, at most {@code limit}. */
    List<ThresholdCrossing> crossings(String accountKey, int limit);
}
