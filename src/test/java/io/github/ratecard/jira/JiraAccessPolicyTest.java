package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import io.github.ratecard.access.ProjectAccess;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.ratecard.access.Viewer;
import java.util.Optional;
import org.junit.Test;

public class JiraAccessPolicyTest {

    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final UserManager userManager = mock(UserManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final com.atlassian.jira.issue.IssueManager issueManager = mock(com.atlassian.jira.issue.IssueManager.class);
    private final JiraAccessPolicy target = new JiraAccessPolicy(authenticationContext, userManager, globalPermissions, projectManager,
            permissions, issueManager);

    @Test
    public void currentViewer_shouldBeTheLoggedInUsersKeyAndName() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn("Ana Okafor");
        when(authenticationContext.getLoggedInUser()).thenReturn(user);

        assertEquals(Optional.of(new Viewer("JIRAUSER10100", "Ana Okafor")), target.currentViewer());
    }

    @Test
    public void currentViewer_shouldBeEmptyWhenAnonymous() {
        assertEquals(Optional.empty(), target.currentViewer());
    }

    @Test
    public void currentUserIsAdmin_shouldAskJiraAboutTheRemoteUser() {
        UserKey key = mock(UserKey.class);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(key);
        when(userManager.getRemoteUser()).thenReturn(profile);
        when(userManager.isAdmin(key)).thenReturn(true);

        assertTrue(target.currentUserIsAdmin());
    }

    @Test
    public void currentUserIsAdmin_shouldBeFalseWhenAnonymous() {
        assertFalse(target.currentUserIsAdmin());
    }

    @Test
    public void finance_shouldBeTheGlobalPermissionOfTheDescriptor() {
        ApplicationUser user = signedIn("JIRAUSER10200");
        GlobalPermissionKey finance = mock(GlobalPermissionKey.class);
        try (org.mockito.MockedStatic<GlobalPermissionKey> keys = org.mockito.Mockito.mockStatic(GlobalPermissionKey.class)) {
            keys.when(() -> GlobalPermissionKey.of("ratecard-finance")).thenReturn(finance);
            when(globalPermissions.hasPermission(finance, user)).thenReturn(true);

            assertTrue(target.currentUserIsFinance());
        }
    }

    @Test
    public void finance_shouldBeFalseWhenAnonymous() {
        assertFalse(target.currentUserIsFinance());
    }

    @Test
    public void leads_shouldCompareTheProjectLeadWithTheCurrentUser() {
        signedIn("JIRAUSER10300");
        Project project = mock(Project.class);
        when(project.getLeadUserKey()).thenReturn("JIRAUSER10300");
        when(projectManager.getProjectObj(10000L)).thenReturn(project);

        assertTrue(target.currentUserLeads(10000L));
        assertFalse(target.currentUserLeads(10001L));
    }

    private ApplicationUser signedIn(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
        return user;
    }

    @Test
    public void projectAccess_shouldAskThePermissionSchemeForTheDescriptorsProjectPermissions() {
        assertEquals("ratecard-view-costs", permissionKeyAskedFor(ProjectAccess.VIEW_COSTS));
        assertEquals("ratecard-manage-budgets", permissionKeyAskedFor(ProjectAccess.MANAGE_BUDGETS));
        assertEquals("BROWSE_PROJECTS", permissionKeyAskedFor(ProjectAccess.BROWSE));
    }

    @Test
    public void projectAccess_shouldBeDeniedForAProjectJiraDoesNotKnow() {
        signedIn("JIRAUSER10200");

        assertFalse(target.currentUserHas(ProjectAccess.VIEW_COSTS, 99999L));
    }

    @Test
    public void viewCosts_shouldBeGrantedToFinanceWithoutTheProjectPermission() {
        ApplicationUser user = signedIn("JIRAUSER10200");
        GlobalPermissionKey finance = mock(GlobalPermissionKey.class);
        try (org.mockito.MockedStatic<GlobalPermissionKey> keys = org.mockito.Mockito.mockStatic(GlobalPermissionKey.class)) {
            keys.when(() -> GlobalPermissionKey.of("ratecard-finance")).thenReturn(finance);
            when(globalPermissions.hasPermission(finance, user)).thenReturn(true);

            assertTrue(target.mayViewCosts(10000L));
        }
    }

    /** Grants only the permission of this key and answers for project 10000; returns the key the adapter asked for. */
    private String permissionKeyAskedFor(ProjectAccess access) {
        ApplicationUser user = signedIn("JIRAUSER10200");
        Project project = mock(Project.class);
        when(projectManager.getProjectObj(10000L)).thenReturn(project);
        java.util.List<String> asked = new java.util.ArrayList<>();
        try (org.mockito.MockedConstruction<ProjectPermissionKey> keys = org.mockito.Mockito.mockConstruction(ProjectPermissionKey.class,
                (key, context) -> asked.add((String) context.arguments().get(0)))) {
            when(permissions.hasPermission(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq(project),
                    org.mockito.ArgumentMatchers.eq(user))).thenReturn(true);
            assertTrue(target.currentUserHas(access, 10000L));
        }
        org.mockito.Mockito.reset(permissions);
        return asked.get(0);
    }

    @Test
    public void issue_shouldBeVisibleOnlyWhenJiraGrantsBrowseOnTheIssueItself() {
        ApplicationUser user = signedIn("JIRAUSER10200");
        com.atlassian.jira.issue.MutableIssue secret = mock(com.atlassian.jira.issue.MutableIssue.class);
        when(issueManager.getIssueObject(10500L)).thenReturn(secret);
        try (org.mockito.MockedConstruction<ProjectPermissionKey> keys = org.mockito.Mockito.mockConstruction(ProjectPermissionKey.class)) {
            when(permissions.hasPermission(org.mockito.ArgumentMatchers.any(ProjectPermissionKey.class),
                    org.mockito.ArgumentMatchers.eq((com.atlassian.jira.issue.Issue) secret), org.mockito.ArgumentMatchers.eq(user)))
                    .thenReturn(false);

            assertFalse(target.currentUserMaySee(new io.github.ratecard.domain.IssueRef(10500L, "SEC-1", 10000L)));
            when(permissions.hasPermission(org.mockito.ArgumentMatchers.any(ProjectPermissionKey.class),
                    org.mockito.ArgumentMatchers.eq((com.atlassian.jira.issue.Issue) secret), org.mockito.ArgumentMatchers.eq(user)))
                    .thenReturn(true);
            assertTrue(target.currentUserMaySee(new io.github.ratecard.domain.IssueRef(10500L, "SEC-1", 10000L)));
        }
        assertFalse("an issue Jira does not know", target.currentUserMaySee(new io.github.ratecard.domain.IssueRef(10501L, "SEC-2", 10000L)));
    }
}
