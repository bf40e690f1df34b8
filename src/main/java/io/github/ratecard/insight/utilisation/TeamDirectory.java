package io.github.ratecard.insight.utilisation;

import io.github.ratecard.domain.InputLimits;
import java.util.Optional;
import java.util.Set;

/** Teams are Jira groups: their members, looked up by the group's name. */
public interface TeamDirectory {

    /** The largest team the report takes. */
    int MEMBERS = InputLimits.UTILISATION_GROUP_MEMBERS;

    /**
     * The user keys of the group's members, at most {@link #MEMBERS} + 1 (more than {@link #MEMBERS} tells that the
     * group is too large); empty when there is no such group.
     */
    Optional<Set<String>> members(String groupName);
}
