package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.ratecard.insight.hints.DigestRecipients.Standing;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

public class JiraDigestRecipientsTest {

    private final UserManager users = mock(UserManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final JiraDigestRecipients target = new JiraDigestRecipients(users, globalPermissions);

    private ApplicationUser user(String key, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    @Test
    public void activeUserWithTheFinancePermission_shouldBeFinance() {
        ApplicationUser user = user("JIRAUSER1", true);
        GlobalPermissionKey finance = mock(GlobalPermissionKey.class);
        try (MockedStatic<GlobalPermissionKey> keys = Mockito.mockStatic(GlobalPermissionKey.class)) {
            keys.when(() -> GlobalPermissionKey.of("ratecard-finance")).thenReturn(finance);
            when(globalPermissions.hasPermission(finance, user)).thenReturn(true);

            assertEquals(Standing.FINANCE, target.standing("JIRAUSER1"));
        }
    }

    @Test
    public void activeUserWithoutTheFinancePermission_shouldBeAMember() {
        user("JIRAUSER1", true);
        try (MockedStatic<GlobalPermissionKey> keys = Mockito.mockStatic(GlobalPermissionKey.class)) {
            keys.when(() -> GlobalPermissionKey.of(Mockito.anyString())).thenReturn(mock(GlobalPermissionKey.class));

            assertEquals(Standing.MEMBER, target.standing("JIRAUSER1"));
        }
    }

    @Test
    public void deactivatedOrDeletedUser_shouldBeGone() {
        user("JIRAUSER1", false);

        assertEquals(Standing.GONE, target.standing("JIRAUSER1"));
        assertEquals(Standing.GONE, target.standing("JIRAUSER2"));
    }
}
