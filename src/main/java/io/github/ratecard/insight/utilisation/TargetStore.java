package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;
import java.util.Map;

/** Where the billable targets of staff levels are kept: one per level, in percent. */
public interface TargetStore {

    /** Every level's target, by level id. */
    Map<Long, BigDecimal> targets();

    void put(long levelId, BigDecimal percent);

    /** Whether there was a target to remove. */
    boolean remove(long levelId);
}
