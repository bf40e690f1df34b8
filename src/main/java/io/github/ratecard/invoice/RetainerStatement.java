package io.github.ratecard.invoice;

import java.util.List;
import java.util.Optional;

/**
 * A client's statement of one retainer period, for their own records: the period's balance (empty when the account has
 * no retainer then) and the hours used against it per issue, each with the invoice that billed them (empty: not
 * invoiced yet). Hours count as the balance counts them: in the period of the invoice that bills them.
 */
public record RetainerStatement(String accountKey, String clientName, String periodName, String language, Optional<RetainerFigures> balance,
                                List<IssueHours> issues) {

    public RetainerStatement {
        balance = balance == null ? Optional.empty() : balance;
        issues = List.copyOf(issues);
    }

    public long totalSeconds() {
        return issues.stream().mapToLong(IssueHours::seconds).sum();
    }

    /** The billed hours of one issue in the period, and the invoice that billed them (empty: not invoiced yet). */
    public record IssueHours(String issueKey, String summary, long seconds, Optional<String> invoiceNumber) {
    }
}
