// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/groups/GroupManager.html
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Declaration only: the members Ratecard calls. */
public interface GroupManager {

    boolean groupExists(String groupName);

    /** All users of the group, nested groups included. */
    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
