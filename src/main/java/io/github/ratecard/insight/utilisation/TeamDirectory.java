package io.github.ratecard.insight.utilisation;

import java.util.Optional;
import java.util.Set;

/** Teams are Jira groups: their members, looked up by the group's name. */
public interface TeamDirectory {

    /** At most this many members of one group are read. */
    int MEMBERS = 2_000;

    /** The user keys of the group's members (at most {@link #MEMBERS}); empty when there is no such group. */
    Optional<Set<String>> members(String groupName);
}
