package io.github.ratecard.insight.margin;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.util.function.BiFunction;

/** Names a row key: an account, a project or a person by name, a level, epic or month by its key; the keys of no account and of expenses by words. */
final class MarginLabels implements BiFunction<MarginGrouping, String, String> {

    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final AccountStore accounts;

    MarginLabels(ProjectDirectory projects, UserDirectory users, AccountStore accounts) {
        this.projects = projects;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public String apply(MarginGrouping by, String key) {
        if (MarginLine.NONE.equals(key)) {
            return switch (by) {
                case ACCOUNT -> "No account";
                case EPIC -> "No epic";
                case LEVEL -> "No level";
                default -> "None";
            };
        }
        if (MarginExpense.EXPENSES.equals(key) && (by == MarginGrouping.EPIC || by == MarginGrouping.LEVEL || by == MarginGrouping.PERSON)) {
            return "Expenses";
        }
        return switch (by) {
            case ACCOUNT -> accounts.account(key).map(ClientAccount::name).orElse(key);
            case PROJECT -> projects.byKey(key).map(ProjectRef::name).orElse(key);
            case PERSON -> users.byKey(key).map(UserRef::displayName).orElse(key);
            case EPIC, LEVEL, MONTH -> key;
        };
    }
}
