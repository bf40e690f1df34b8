package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Rounding leakage: an account whose billed-time rule rounds up (an increment over a minute, or a
 * minimum per worklog) billed less time than its billable time in the last three months — rounding
 * up can only add, so the difference is time lost to overrides or entries priced before the rule.
 * At stake: the missing time at the account's bill per billed hour of those months.
 */
public final class RoundingLeakageRule implements HintRule {

    public static final String ID = "rounding-leakage";
    static final int MONTHS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (HintFacts.Account account : facts.accounts()) {
            BilledTimeRule rule = account.billedTime();
            if (rule.mode() != BilledTimeRule.Mode.UP || (rule.incrementMinutes() <= 1 && rule.minimumMinutes() <= 0)) {
                continue;
            }
            long missing = 0, billed = 0, bill = 0;
            for (HintFacts.AccountMonth row : facts.accountMonths()) {
                if (row.accountKey().equals(account.key()) && !row.month().isBefore(facts.thisMonth().minusMonths(MONTHS - 1))) {
                    missing += Math.max(0, row.billableSeconds() - row.billedSeconds());
                    if (account.currency().getCurrencyCode().equals(row.currency())) {
                        billed += row.billedSeconds();
                        bill += row.billMinor();
                    }
                }
            }
            if (missing <= 0) {
                continue;
            }
            Money atStake = billed == 0 ? null : HourlyMoney.valueOf(missing, bill, billed, account.currency());
            findings.add(new Finding(ID, "account:" + account.key(), account.key(), UninvoicedRule.projectsOf(facts, account.key(), null),
                    List.of(Figure.account(account.key()), Figure.seconds(missing), Figure.count(rule.incrementMinutes())), atStake, missing,
                    List.of(Evidence.invoices(account.key()))));
        }
        return findings;
    }
}
