package io.github.ratecard.insight.margin;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Names a row key: an account, a project or a person by name, a level, epic or month by its key; the keys of no account and of expenses by words.
 * The accounts' names are read once, in pages of {@value #ACCOUNT_PAGE}, when the first account is named.
 */
final class MarginLabels implements BiFunction<MarginGrouping, String, String> {

    static final int ACCOUNT_PAGE = 500;

    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final AccountStore accounts;
    private Map<String, String> accountNames;

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
            case ACCOUNT -> accountNames().getOrDefault(key, key);
            case PROJECT -> projects.byKey(key).map(ProjectRef::name).orElse(key);
            case PERSON -> users.byKey(key).map(UserRef::displayName).orElse(key);
            case EPIC, LEVEL, MONTH -> key;
        };
    }

    private Map<String, String> accountNames() {
        if (accountNames == null) {
            Map<String, String> names = new HashMap<>();
            Page<ClientAccount> page;
            do {
                page = accounts.accounts(null, names.size(), ACCOUNT_PAGE);
                page.items().forEach(account -> names.put(account.key(), account.name()));
            } while (!page.items().isEmpty() && names.size() < page.total());
            accountNames = names;
        }
        return accountNames;
    }
}
