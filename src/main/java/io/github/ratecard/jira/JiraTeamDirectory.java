package io.github.ratecard.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import io.github.ratecard.insight.utilisation.TeamDirectory;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Teams as Jira groups: a group's members (nested groups included) by Jira's group manager. */
public class JiraTeamDirectory implements TeamDirectory {

    private final GroupManager groups;

    public JiraTeamDirectory(GroupManager groups) {
        this.groups = groups;
    }

    @Override
    public Optional<Set<String>> members(String groupName) {
        if (groupName == null || !groups.groupExists(groupName)) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (ApplicationUser user : groups.getUsersInGroup(groupName)) {
            if (keys.size() > MEMBERS) {
                break;
            }
            keys.add(user.getKey());
        }
        return Optional.of(keys);
    }
}
