package io.github.ratecard.domain;

import java.util.Optional;

/** Looks up Jira issues by key. */
public interface IssueDirectory {

    Optional<IssueRef> byKey(String issueKey);
}
