package io.github.ratecard.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.ratecard.insight.hints.DigestRecipients;

/** A subscriber's standing as Jira knows it now: their account, whether it is active, and the finance permission. */
public class JiraDigestRecipients implements DigestRecipients {

    private final UserManager jiraUsers;
    private final GlobalPermissionManager globalPermissions;

    public JiraDigestRecipients(UserManager jiraUsers, GlobalPermissionManager globalPermissions) {
        this.jiraUsers = jiraUsers;
        this.globalPermissions = globalPermissions;
    }

    @Override
    public Standing standing(String userKey) {
        ApplicationUser user = jiraUsers.getUserByKey(userKey);
        if (user == null || !user.isActive()) {
            return Standing.GONE;
        }
        boolean finance = globalPermissions.hasPermission(GlobalPermissionKey.of(JiraAccessPolicy.FINANCE_PERMISSION), user)
                || globalPermissions.hasPermission(GlobalPermissionKey.of(JiraAccessPolicy.FINANCE_PERMISSION_COMPLETE), user);
        return finance ? Standing.FINANCE : Standing.MEMBER;
    }
}
