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

    /** Whether the current user holds the global "Ratecard finance" permission: rates, accounts, invoices. */
    boolean currentUserIsFinance();

    /** Whether the current user leads the project. */
    boolean currentUserLeads(long projectId);

    /** Throws (as 401) unless someone is signed in: checked before anything is looked up for them. */
    default void requireSignedIn() {
        if (currentViewer().isEmpty()) {
            throw new AccessDeniedException(false, "Sign in first");
        }
    }

    /** Throws unless the current user is finance. */
    default void requireFinance() {
        if (!currentUserIsFinance()) {
            throw new AccessDeniedException(currentViewer().isPresent(), "This needs the Ratecard finance permission");
        }
    }

    /** Throws unless the current user is a Jira administrator. */
    default void requireAdmin() {
        if (!currentUserIsAdmin()) {
            throw new AccessDeniedException(currentViewer().isPresent(), "This needs Jira administration");
        }
    }

    /** Throws unless the current user is finance or a Jira administrator. */
    default void requireFinanceOrAdmin() {
        if (!currentUserIsFinance() && !currentUserIsAdmin()) {
            throw new AccessDeniedException(currentViewer().isPresent(), "This needs the Ratecard finance permission or Jira administration");
        }
    }

    /** Throws unless the current user is finance or leads the project. */
    default void requireFinanceOrLead(long projectId) {
        if (!currentUserIsFinance() && !currentUserLeads(projectId)) {
            throw new AccessDeniedException(currentViewer().isPresent(), "This needs the Ratecard finance permission or the project's lead");
        }
    }
}
