package io.github.ratecard.insight.hints;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Work billed below its cost: over the last three months, a person's billed hours on an account
 * earned less per hour (bill ÷ billed time) than they cost (loaded cost ÷ worked time; loaded cost is
 * labour cost plus the project's overhead % in force on each month's first day). At stake: what the
 * billed hours cost minus what they billed. Only accounts billing in the base currency compare
 * (cost is in the base currency; nothing is converted).
 */
public final class BelowCostRule implements HintRule {

    public static final String ID = "below-cost";
    static final int MONTHS = HintFacts.WORK_MONTHS;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        String base = facts.baseCurrency().getCurrencyCode();
        Map<String, List<HintFacts.WorkMonth>> groups = new LinkedHashMap<>();
        for (HintFacts.WorkMonth row : facts.work()) {
            if (row.accountKey() != null && base.equals(row.currency()) && row.billedSeconds() > 0 && row.workedSeconds() > 0
                    && !row.month().isBefore(facts.thisMonth().minusMonths(MONTHS - 1))) {
                groups.computeIfAbsent(row.accountKey() + "|" + row.userKey(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<HintFacts.WorkMonth> rows : groups.values()) {
            long worked = 0, billed = 0, cost = 0, bill = 0;
            TreeSet<Long> projects = new TreeSet<>();
            for (HintFacts.WorkMonth row : rows) {
                worked += row.workedSeconds();
                billed += row.billedSeconds();
                cost += row.costMinor() + BigDecimal.valueOf(row.costMinor()).multiply(facts.overheads().percentFor(row.projectId(), row.month()))
                        .divide(BigDecimal.valueOf(100), 0, MoneyRounding.MODE).longValueExact();
                bill += row.billMinor();
                projects.add(row.projectId());
            }
            Money billedCost = HourlyMoney.valueOf(billed, cost, worked, facts.baseCurrency());
            if (billedCost.minorUnits() > bill) {
                HintFacts.WorkMonth first = rows.get(0);
                Money atStake = billedCost.minus(Money.ofMinor(bill, facts.baseCurrency()));
                findings.add(new Finding(ID, "account:" + first.accountKey() + "|user:" + first.userKey(), first.accountKey(), projects,
                        List.of(Figure.user(first.userKey()), Figure.account(first.accountKey()),
                                Figure.money(HourlyMoney.perHour(bill, billed, facts.baseCurrency())),
                                Figure.money(HourlyMoney.perHour(cost, worked, facts.baseCurrency())), Figure.seconds(billed)),
                        atStake, atStake.minorUnits(),
                        projects.stream().limit(3).map(p -> Evidence.entries(p, first.accountKey(), first.userKey(), null)).toList()));
            }
        }
        return findings;
    }
}
