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

    /** Whether the project's permission scheme grants the current user this access. */
    boolean currentUserHas(ProjectAccess access, long projectId);

    /**
     * Whether the current user may see this issue: Browse projects, and in Jira also the issue's
     * security level. An issue the user may not see is answered as if it did not exist.
     */
    default boolean currentUserMaySee(io.github.ratecard.domain.IssueRef issue) {
        return currentUserHas(ProjectAccess.BROWSE, issue.projectId());
    }

    /**
     * Whether the current user may know the project exists: Browse projects, or finance or an
     * administrator. A project they may not know is answered as if it did not exist (404), so that
     * no one learns project keys by asking.
     */
    default boolean mayKnowProject(long projectId) {
        return currentUserIsFinance() || currentUserIsAdmin() || currentUserHas(ProjectAccess.BROWSE, projectId);
    }

    /** Cost figures of the project's work: its View costs permission, or finance. */
    default boolean mayViewCosts(long projectId) {
        return currentUserIsFinance() || currentUserHas(ProjectAccess.VIEW_COSTS, projectId);
    }

    /** Correcting how the project's work bills: its Manage budgets permission, or finance. */
    default boolean mayManageBudgets(long projectId) {
        return currentUserIsFinance() || currentUserHas(ProjectAccess.MANAGE_BUDGETS, projectId);
    }

    /** Throws unless the current user may see the project's cost figures. */
    default void requireViewCosts(long projectId) {
        if (!mayViewCosts(projectId)) {
            throw new AccessDeniedException(currentViewer().isPresent(), "This needs the View costs permission of the project or Ratecard finance");
        }
    }

    /** Throws unless the current user may correct how the project's work bills. */
    default void requireManageBudgets(long projectId) {
        if (!mayManageBudgets(projectId)) {
            throw new AccessDeniedException(currentViewer().isPresent(), "This needs the Manage budgets permission of the project or Ratecard finance");
        }
    }

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
