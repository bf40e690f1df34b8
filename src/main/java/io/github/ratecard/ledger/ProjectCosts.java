package io.github.ratecard.ledger;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A project's costs for a range of months, from its rollups, broken down one way; totals add up the rows. */
public final class ProjectCosts {

    /** One line: worked and billed time, cost in the base currency, bill amounts per currency, entries without a price. */
    public record Line(String group, long workedSeconds, long billedSeconds, Money cost, Map<String, Money> bill, long entries, long unpriced) {
    }

    private ProjectCosts() {
    }

    public static List<Line> lines(List<Rollup> rollups, CostGrouping grouping, Currency baseCurrency) {
        Map<String, List<Rollup>> groups = new TreeMap<>();
        for (Rollup rollup : rollups) {
            groups.computeIfAbsent(groupOf(rollup.key(), grouping), g -> new ArrayList<>()).add(rollup);
        }
        List<Line> lines = new ArrayList<>();
        groups.forEach((group, members) -> lines.add(line(group, members, baseCurrency)));
        return lines;
    }

    public static Line total(List<Line> lines, Currency baseCurrency) {
        long worked = 0, billed = 0, entries = 0, unpriced = 0;
        Money cost = Money.zero(baseCurrency);
        Map<String, Money> bill = new TreeMap<>();
        for (Line line : lines) {
            worked += line.workedSeconds();
            billed += line.billedSeconds();
            entries += line.entries();
            unpriced += line.unpriced();
            cost = cost.plus(line.cost());
            line.bill().forEach((currency, amount) -> bill.merge(currency, amount, Money::plus));
        }
        return new Line("total", worked, billed, cost, bill, entries, unpriced);
    }

    private static Line line(String group, List<Rollup> members, Currency baseCurrency) {
        long worked = 0, billed = 0, entries = 0, unpriced = 0, cost = 0;
        Map<String, Money> bill = new TreeMap<>();
        for (Rollup r : members) {
            worked += r.workedSeconds();
            billed += r.billedSeconds();
            entries += r.entries();
            unpriced += r.unpriced();
            cost += r.costMinor();
            if (r.key().currency() != null) {
                bill.merge(r.key().currency(), Money.ofMinor(r.billMinor(), r.key().currency()), Money::plus);
            }
        }
        return new Line(group, worked, billed, Money.ofMinor(cost, baseCurrency), bill, entries, unpriced);
    }

    private static String groupOf(Rollup.Key key, CostGrouping grouping) {
        return switch (grouping) {
            case USER -> key.userKey();
            case MONTH -> key.month().toString();
            case ACCOUNT -> key.accountKey() == null ? "" : key.accountKey();
        };
    }
}
