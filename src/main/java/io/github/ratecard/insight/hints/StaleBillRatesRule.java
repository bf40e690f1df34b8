package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.RateType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bill rates unchanged for 12 months while cost rates rose: one of a billable account's own bill
 * rates (its default, a level's or a person's) has had no new rate for 12 months, and a cost rate
 * that started in those months is higher than the rate of the same scope before it. The finding
 * names the oldest such bill rate's start. The size is the largest rise in tenths of a percent;
 * the money at stake depends on future work, so it is not priced.
 */
public final class StaleBillRatesRule implements HintRule {

    public static final String ID = "stale-bill-rates";
    static final int MONTHS = 12;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        LocalDate since = facts.today().minusMonths(MONTHS);
        Optional<BigDecimal> rise = largestCostRise(facts.rates(), since, facts.today());
        if (rise.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (HintFacts.Account account : facts.accounts()) {
            if (account.category() != AccountCategory.BILLABLE) {
                continue;
            }
            Map<RateScope, LocalDate> latestByScope = new LinkedHashMap<>();
            facts.rates().stream().filter(rate -> rate.type() == RateType.BILL && account.key().equals(rate.scope().accountKey()))
                    .forEach(rate -> latestByScope.merge(rate.scope(), rate.period().validFrom(), (a, b) -> a.isAfter(b) ? a : b));
            Optional<LocalDate> lastChange = latestByScope.values().stream().filter(day -> !day.isAfter(since)).min(Comparator.naturalOrder());
            if (lastChange.isEmpty()) {
                continue;
            }
            findings.add(new Finding(ID, "account:" + account.key(), account.key(), UninvoicedRule.projectsOf(facts, account.key(), null),
                    List.of(Figure.account(account.key()), Figure.day(lastChange.get()), Figure.percent(rise.get())), null,
                    rise.get().movePointRight(1).longValue(), List.of(Evidence.rates(account.key()))));
        }
        return findings;
    }

    /** The largest rise, in percent, of a cost rate that started in (since, today] over the rate of its scope before it. */
    static Optional<BigDecimal> largestCostRise(List<Rate> rates, LocalDate since, LocalDate today) {
        Map<RateScope, List<Rate>> byScope = new LinkedHashMap<>();
        rates.stream().filter(rate -> rate.type() == RateType.COST).sorted(Comparator.comparing(rate -> rate.period().validFrom()))
                .forEach(rate -> byScope.computeIfAbsent(rate.scope(), k -> new ArrayList<>()).add(rate));
        BigDecimal largest = null;
        for (List<Rate> timeline : byScope.values()) {
            for (int i = 1; i < timeline.size(); i++) {
                Rate rate = timeline.get(i);
                BigDecimal before = timeline.get(i - 1).hourly().amount();
                LocalDate from = rate.period().validFrom();
                if (from.isAfter(since) && !from.isAfter(today) && rate.hourly().amount().compareTo(before) > 0) {
                    BigDecimal percent = rate.hourly().amount().subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
                    largest = largest == null || percent.compareTo(largest) > 0 ? percent : largest;
                }
            }
        }
        return Optional.ofNullable(largest);
    }
}
