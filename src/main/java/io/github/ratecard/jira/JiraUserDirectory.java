package io.github.ratecard.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Jira's users, by key, and found by Jira's own user search (the one behind Jira's user pickers). */
public class JiraUserDirectory implements UserDirectory {

    private final UserManager userManager;
    private final UserSearchService userSearch;

    public JiraUserDirectory(UserManager userManager, UserSearchService userSearch) {
        this.userManager = userManager;
        this.userSearch = userSearch;
    }

    @Override
    public Optional<UserRef> byKey(String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        return user == null ? Optional.empty() : Optional.of(new UserRef(user.getKey(), user.getDisplayName(), user.isActive()));
    }

    @Override
    public List<UserRef> search(SearchQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        return userSearch.findUsers(query.text(), UserSearchParams.ACTIVE_USERS_IGNORE_EMPTY_QUERY).stream()
                .limit(limit)
                .map(user -> new UserRef(user.getKey(), user.getDisplayName()))
                .collect(Collectors.toList());
    }
}
