package io.github.ratecard.approval;

import java.util.Objects;
import java.util.Set;

/**
 * Who asks for a change of a timesheet or a period, with the rights that matter here: Ratecard
 * finance, the projects they lead, and the projects whose permission scheme grants them Manage budgets.
 */
public record Actor(String userKey, boolean finance, Set<Long> leads, Set<Long> managesBudgets) {

    public Actor {
        Objects.requireNonNull(userKey, "userKey");
        leads = Set.copyOf(leads);
        managesBudgets = Set.copyOf(managesBudgets);
    }

    /** Whether they approve the project's time: they lead it, or hold its Manage budgets permission. */
    public boolean approvesIn(long projectId) {
        return leads.contains(projectId) || managesBudgets.contains(projectId);
    }
}
