package io.github.ratecard.rest;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.ProjectDirectory;
import java.util.Locale;

/**
 * Who may see and change the budgets and expenses of a scope: a project's or an issue's need View
 * costs to read and Manage budgets to change (on the project; an issue the user may not see does
 * not exist for them); an account's are finance's. Unknown scopes answer 404.
 */
public final class BudgetScopes {

    private final ProjectDirectory projects;
    private final IssueDirectory issues;
    private final AccountStore accounts;
    private final AccessPolicy access;

    public BudgetScopes(ProjectDirectory projects, IssueDirectory issues, AccountStore accounts, AccessPolicy access) {
        this.projects = projects;
        this.issues = issues;
        this.accounts = accounts;
        this.access = access;
    }

    static BudgetScope parse(String kind, String key) {
        BudgetScope.Kind parsed = Inputs.requiredEnum(BudgetScope.Kind.class, kind, "scopeKind");
        String value = Inputs.required(key, "scopeKey");
        return new BudgetScope(parsed, parsed == BudgetScope.Kind.ACCOUNT ? value : value.toUpperCase(Locale.ROOT));
    }

    void requireSignedIn() {
        access.requireSignedIn();
    }

    void requireView(BudgetScope scope) {
        access.requireSignedIn();
        switch (scope.kind()) {
            case ACCOUNT -> {
                access.requireFinance();
                accounts.account(scope.key()).orElseThrow(() -> new NotFoundException("No account " + scope.key()));
            }
            case PROJECT, ISSUE -> access.requireViewCosts(projectIdOf(scope));
        }
    }

    void requireManage(BudgetScope scope) {
        access.requireSignedIn();
        switch (scope.kind()) {
            case ACCOUNT -> {
                access.requireFinance();
                accounts.account(scope.key()).orElseThrow(() -> new InvalidInputException("scopeKey", "No account " + scope.key()));
            }
            case PROJECT, ISSUE -> access.requireManageBudgets(projectIdOf(scope));
        }
    }

    /** As {@link #requireManage}, for the scope a request body names: one that does not exist (for this user) is bad input in scopeKey. */
    void requireManageNamed(BudgetScope scope) {
        try {
            requireManage(scope);
        } catch (NotFoundException unknown) {
            throw new InvalidInputException("scopeKey", unknown.getMessage());
        }
    }

    long projectIdOf(BudgetScope scope) {
        if (scope.kind() == BudgetScope.Kind.PROJECT) {
            return KnownProjects.byKey(projects, access, scope.key()).id();
        }
        IssueRef issue = issues.byKey(scope.key()).orElseThrow(() -> new NotFoundException("No issue " + scope.key()));
        if (!access.currentUserMaySee(issue)) {
            throw new NotFoundException("No issue " + scope.key());
        }
        return issue.projectId();
    }
}
