package io.github.ratecard.invoice;

/** The port to Jira's issue search: which issues a JQL query matches, as a user sees them. */
public interface IssueSearch {

    /** A query may match at most this many issues; a draft of more is narrowed by projects instead. */
    int MAX_ISSUES = 200_000;

    /**
     * The issues {@code jql} matches for the user with key {@code userKey}. Throws an
     * {@link io.github.ratecard.domain.InvalidInputException} on field {@code jql}, with Jira's
     * words, when the query is not valid JQL, or when it matches more than {@link #MAX_ISSUES}.
     */
    IssueMatches matching(String jql, String userKey);
}
