package io.github.ratecard.domain;

/** A Jira issue as Ratecard refers to it. */
public record IssueRef(long id, String key, long projectId) {
}
