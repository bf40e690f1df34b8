package io.github.ratecard.domain;

import java.util.Optional;

/** Looks up Jira users by their stable key. */
public interface UserDirectory {

    Optional<UserRef> byKey(String userKey);
}
