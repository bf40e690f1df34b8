package io.github.ratecard.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.util.Optional;

/** Jira's users, by key. */
public class JiraUserDirectory implements UserDirectory {

    private final UserManager userManager;

    public JiraUserDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<UserRef> byKey(String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        return user == null ? Optional.empty() : Optional.of(new UserRef(user.getKey(), user.getDisplayName()));
    }
}
