package io.github.ratecard.insight.hints;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Billable work not invoiced: a month of an account that billed something, ended more than the
 * setting's number of days ago, and no issued invoice of the account covers any day of it.
 * At stake: the month's bill, in the account's currency.
 */
public final class UninvoicedRule implements HintRule {

    public static final String ID = "uninvoiced";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (HintFacts.AccountMonth row : facts.accountMonths()) {
            if (row.billMinor() <= 0 || row.currency() == null) {
                continue;
            }
            long daysSince = ChronoUnit.DAYS.between(row.month().atEndOfMonth(), facts.today());
            if (daysSince <= facts.uninvoicedDays() || isInvoiced(facts, row.accountKey(), row.month())) {
                continue;
            }
            Money bill = Money.ofMinor(row.billMinor(), row.currency());
            findings.add(new Finding(ID, "account:" + row.accountKey() + "|month:" + row.month() + "|currency:" + row.currency(),
                    row.accountKey(), projectsOf(facts, row.accountKey(), row.month()),
                    List.of(Figure.account(row.accountKey()), Figure.month(row.month()), Figure.money(bill), Figure.count(daysSince)),
                    bill, bill.minorUnits(), List.of(Evidence.invoices(row.accountKey()))));
        }
        return findings;
    }

    private static boolean isInvoiced(HintFacts facts, String accountKey, YearMonth month) {
        DateRange days = new DateRange(month.atDay(1), month.atEndOfMonth());
        return facts.invoiced().stream().anyMatch(invoice -> invoice.accountKey().equals(accountKey) && invoice.period().overlaps(days));
    }

    static Set<Long> projectsOf(HintFacts facts, String accountKey, YearMonth month) {
        Set<Long> projects = new TreeSet<>();
        for (HintFacts.ProjectMonth row : facts.projectMonths()) {
            if (accountKey.equals(row.accountKey()) && (month == null || month.equals(row.month()))) {
                projects.add(row.projectId());
            }
        }
        return projects;
    }
}
