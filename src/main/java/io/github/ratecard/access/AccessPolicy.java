package io.github.ratecard.access;

import java.util.Optional;

/**
 * Answers every "may the current user …" question. Jira's adapter asks Jira's user and
 * permission managers; the sandbox answers from its demo roles.
 */
public interface AccessPolicy {

    /** The signed-in user of the current request; empty when anonymous. */
    Optional<Viewer> currentViewer();

    /** Whether the current user is a Jira administrator. */
    boolean currentUserIsAdmin();
}
