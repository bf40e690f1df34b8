package io.github.ratecard.insight.hints;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Where a finding's figures come from, as a page a viewer can open: the ledger entries of a project
 * (optionally of one person, account and month), an account's invoices, or a budget.
 */
public record Evidence(Kind kind, Long projectId, String accountKey, String userKey, YearMonth month, Long budgetId) {

    public enum Kind { ENTRIES, INVOICES, BUDGET, RATES }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
    }

    public static Evidence entries(long projectId, String accountKey, String userKey, YearMonth month) {
        return new Evidence(Kind.ENTRIES, projectId, accountKey, userKey, month, null);
    }

    public static Evidence invoices(String accountKey) {
        return new Evidence(Kind.INVOICES, null, accountKey, null, null, null);
    }

    public static Evidence budget(long budgetId, Long projectId) {
        return new Evidence(Kind.BUDGET, projectId, null, null, null, budgetId);
    }

    public static Evidence rates(String accountKey) {
        return new Evidence(Kind.RATES, null, accountKey, null, null, null);
    }
}
