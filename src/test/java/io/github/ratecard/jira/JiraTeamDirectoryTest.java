package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import io.github.ratecard.insight.utilisation.TeamDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class JiraTeamDirectoryTest {

    private final GroupManager groups = mock(GroupManager.class);
    private final JiraTeamDirectory target = new JiraTeamDirectory(groups);

    @Test
    public void group_shouldBeItsMembersUserKeys() {
        when(groups.groupExists("support-emea")).thenReturn(true);
        List<ApplicationUser> members = List.of(user("JIRAUSER10100"), user("JIRAUSER10101"));
        when(groups.getUsersInGroup("support-emea")).thenReturn(members);

        assertEquals(Optional.of(Set.of("JIRAUSER10100", "JIRAUSER10101")), target.members("support-emea"));
    }

    @Test
    public void unknownGroup_shouldBeNoTeamAndNotBeAskedForMembers() {
        assertEquals(Optional.empty(), target.members("nobody"));
        verify(groups, never()).getUsersInGroup("nobody");
    }

    @Test
    public void largeGroup_shouldBeReadOnlyUntilItShowsItIsOverTheLimit() {
        List<ApplicationUser> many = new ArrayList<>();
        for (int i = 0; i < TeamDirectory.MEMBERS + 5; i++) {
            many.add(user("JIRAUSER" + i));
        }
        when(groups.groupExists("everyone")).thenReturn(true);
        when(groups.getUsersInGroup("everyone")).thenReturn(many);

        assertEquals(TeamDirectory.MEMBERS + 1, target.members("everyone").orElseThrow().size());
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }
}
