package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.ratecard.domain.UserRef;
import java.util.Optional;
import org.junit.Test;

public class JiraUserDirectoryTest {

    private final UserManager userManager = mock(UserManager.class);
    private final JiraUserDirectory target = new JiraUserDirectory(userManager, mock(UserSearchService.class));

    @Test
    public void activeUser_shouldBeFoundActive() {
        user("JIRAUSER10100", "Ana Active", true);

        assertEquals(Optional.of(new UserRef("JIRAUSER10100", "Ana Active", true)), target.byKey("JIRAUSER10100"));
    }

    @Test
    public void deactivatedUser_shouldBeFoundInactive() {
        user("JIRAUSER10101", "Lou Left", false);

        assertEquals(Optional.of(new UserRef("JIRAUSER10101", "Lou Left", false)), target.byKey("JIRAUSER10101"));
    }

    @Test
    public void deletedUser_shouldNotBeFound() {
        assertEquals(Optional.empty(), target.byKey("JIRAUSER10102"));
    }

    private void user(String key, String name, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(user.isActive()).thenReturn(active);
        when(userManager.getUserByKey(key)).thenReturn(user);
    }
}
