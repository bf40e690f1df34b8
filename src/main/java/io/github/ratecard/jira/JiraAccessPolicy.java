package io.github.ratecard.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import java.util.Optional;

/** {@link AccessPolicy} answered by Jira: the request's user and Jira's administrators. */
public class JiraAccessPolicy implements AccessPolicy {

    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;

    public JiraAccessPolicy(JiraAuthenticationContext authenticationContext, UserManager userManager) {
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
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
}
