package io.github.ratecard.access;

/** What a user may do in one project, as Jira's permission schemes grant it. */
public enum ProjectAccess {
    /** See the project and its issues (Jira's Browse projects). */
    BROWSE,
    /** See cost figures and cost rates of the project's work (Ratecard's View costs). */
    VIEW_COSTS,
    /** Set budgets and correct how work bills (Ratecard's Manage budgets). */
    MANAGE_BUDGETS
}
