package io.github.ratecard.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** When issues and epics a fixed-fee schedule waits for were resolved. */
public interface Milestones {

    /** The day each of the issues was resolved, by issue key; unresolved and unknown issues are missing. */
    Map<String, LocalDate> resolvedOn(Collection<String> issueKeys);
}
