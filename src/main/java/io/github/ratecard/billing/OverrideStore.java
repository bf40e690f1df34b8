package io.github.ratecard.billing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where worklog overrides are kept, one per worklog. */
public interface OverrideStore {

    Optional<WorklogOverride> of(long worklogId);

    /** The worklogs among these that have an override. */
    Map<Long, WorklogOverride> of(Collection<Long> worklogIds);

    /** Replaces the worklog's override. */
    void save(WorklogOverride override);

    /** Removes the worklog's override; false when it had none. */
    boolean remove(long worklogId);
}
