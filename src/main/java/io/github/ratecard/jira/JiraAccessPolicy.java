package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.web.WebResources;
import java.util.Optional;

/** {@link AccessPolicy} answered by Jira: the request's user, administrators, the finance permission, project leads. */
public class JiraAccessPolicy implements AccessPolicy {

    /** The key of the descriptor's global-permission module. */
    static final String FINANCE_PERMISSION = "ratecard-finance";
    /** The same permission by its complete module key, the form some Jira versions report app permissions under. */
    static final String FINANCE_PERMISSION_COMPLETE = WebResources.PLUGIN_KEY + ":" + FINANCE_PERMISSION;

    /** The keys of the descriptor's project-permission modules, as permission schemes know them. */
    static final String VIEW_COSTS_PERMISSION = "ratecard-view-costs";
    static final String MANAGE_BUDGETS_PERMISSION = "ratecard-manage-budgets";
    /** Jira's own Browse projects permission. */
    static final String BROWSE_PERMISSION = "BROWSE_PROJECTS";

    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;
    private final GlobalPermissionManager globalPermissions;
    private final ProjectManager projectManager;
    private final PermissionManager permissions;
    private final IssueManager issueManager;

    public JiraAccessPolicy(JiraAuthenticationContext authenticationContext, UserManager userManager,
                            GlobalPermissionManager globalPermissions, ProjectManager projectManager, PermissionManager permissions,
                            IssueManager issueManager) {
        this.permissions = permissions;
        this.issueManager = issueManager;
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
        this.globalPermissions = globalPermissions;
        this.projectManager = projectManager;
    }

    @Override
    public Optional<Viewer> currentViewer() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user == null ? Optional.empty() : Optional.of(new Viewer(user.getKey(), user.getDisplayName()));
    }

    @Override
    public boolean currentUserIsAdmin() {
        UserProfile profile = userManager.getRemoteUser();
        return profile != null && userManager.isAdmin(profile.getUserKey());
    }

    @Override
    public boolean currentUserIsFinance() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user != null && (globalPermissions.hasPermission(GlobalPermissionKey.of(FINANCE_PERMISSION), user)
                || globalPermissions.hasPermission(GlobalPermissionKey.of(FINANCE_PERMISSION_COMPLETE), user));
    }

    @Override
    public boolean currentUserLeads(long projectId) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Project project = user == null ? null : projectManager.getProjectObj(projectId);
        return project != null && user.getKey().equals(project.getLeadUserKey());
    }

    @Override
    public boolean currentUserHas(ProjectAccess access, long projectId) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Project project = projectManager.getProjectObj(projectId);
        return project != null && permissions.hasPermission(new ProjectPermissionKey(keyOf(access)), project, user);
    }

    /** Browse projects on the issue itself, so its security level counts too. */
    @Override
    public boolean currentUserMaySee(IssueRef issue) {
        Issue jiraIssue = issueManager.getIssueObject(issue.id());
        return jiraIssue != null
                && permissions.hasPermission(new ProjectPermissionKey(BROWSE_PERMISSION), jiraIssue, authenticationContext.getLoggedInUser());
    }

    private static String keyOf(ProjectAccess access) {
        return switch (access) {
            case BROWSE -> BROWSE_PERMISSION;
            case VIEW_COSTS -> VIEW_COSTS_PERMISSION;
            case MANAGE_BUDGETS -> MANAGE_BUDGETS_PERMISSION;
        };
    }
}
