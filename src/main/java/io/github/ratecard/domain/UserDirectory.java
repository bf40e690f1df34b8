package io.github.ratecard.domain;

import java.util.List;
import java.util.Optional;

/** Looks up Jira users by their stable key, and finds them by what a person types. */
public interface UserDirectory {

    Optional<UserRef> byKey(String userKey);

    /**
     * Active users whose user name, display name or e-mail address matches the query, at most {@code limit};
     * none for an empty query (a site may have many thousands of users).
     */
    List<UserRef> search(SearchQuery query, int limit);
}
