package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Non-billable share of a billable account rising: this month's non-billable share of the worked
 * time is at least {@link #RISE_POINTS} percentage points above the share of the three months
 * before (their sums, not an average of shares), with at least an hour worked this month. At stake:
 * the extra non-billable time (this month's time × the rise) at the value of a worked hour at bill
 * rates in those four months, when every entry of them has such a value; else at the account's bill
 * per billed hour; null when the account billed nothing in them.
 */
public final class NonBillableRisingRule implements HintRule {

    public static final String ID = "non-billable-rising";
    static final BigDecimal RISE_POINTS = BigDecimal.TEN;
    private static final long MIN_SECONDS = 3600;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        List<Finding> findings = new ArrayList<>();
        YearMonth now = facts.thisMonth();
        for (HintFacts.Account account : facts.accounts()) {
            if (account.category() != AccountCategory.BILLABLE) {
                continue;
            }
            long[] current = sums(facts, account, now, now);
            long[] before = sums(facts, account, now.minusMonths(3), now.minusMonths(1));
            if (current[0] < MIN_SECONDS || before[0] == 0) {
                continue;
            }
            BigDecimal shareNow = HourlyMoney.percent(current[0] - current[1], current[0]);
            BigDecimal shareBefore = HourlyMoney.percent(before[0] - before[1], before[0]);
            if (shareNow.subtract(shareBefore).compareTo(RISE_POINTS) < 0) {
                continue;
            }
            long extraSeconds = shareNow.subtract(shareBefore).multiply(BigDecimal.valueOf(current[0]))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            Money atStake = atStake(extraSeconds, current, before, account);
            findings.add(new Finding(ID, "account:" + account.key(), account.key(), UninvoicedRule.projectsOf(facts, account.key(), now),
                    List.of(Figure.account(account.key()), Figure.percent(shareNow), Figure.percent(shareBefore), Figure.seconds(extraSeconds)),
                    atStake, extraSeconds, List.of()));
        }
        return findings;
    }

    private static Money atStake(long extraSeconds, long[] current, long[] before, HintFacts.Account account) {
        long worked = current[0] + before[0];
        long value = current[4] + before[4];
        if (current[5] + before[5] == 0 && value > 0) {
            return HourlyMoney.valueOf(extraSeconds, value, worked, account.currency());
        }
        long billed = current[2] + before[2];
        return billed == 0 ? null : HourlyMoney.valueOf(extraSeconds, current[3] + before[3], billed, account.currency());
    }

    /**
     * Worked, billable and billed seconds, bill and value at bill rates (in the account's currency) of the
     * account's months from..to, and the entries without such a value (or in another currency).
     */
    private static long[] sums(HintFacts facts, HintFacts.Account account, YearMonth from, YearMonth to) {
        long[] sums = new long[6];
        for (HintFacts.AccountMonth row : facts.accountMonths()) {
            if (row.accountKey().equals(account.key()) && !row.month().isBefore(from) && !row.month().isAfter(to)) {
                sums[0] += row.workedSeconds();
                sums[1] += row.billableSeconds();
                if (account.currency().getCurrencyCode().equals(row.currency())) {
                    sums[2] += row.billedSeconds();
                    sums[3] += row.billMinor();
                    sums[4] += row.valueMinor();
                    sums[5] += row.unvalued();
                } else {
                    sums[5] += row.entries();
                }
            }
        }
        return sums;
    }
}
