package io.github.ratecard.budget;

import io.github.ratecard.ledger.WorkSlice;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a budget's labour went in a period, by user, staff level, account and epic, and the
 * issues that cost the most. Amounts are cost or bill as the budget is measured, in its currency;
 * work billed in another currency is counted in {@code otherCurrencySlices} and left out.
 */
public record LabourBreakdown(Money total, List<Share> byUser, List<Share> byLevel, List<Share> byAccount, List<Share> byEpic,
                              List<Share> topIssues, long otherCurrencySlices) {

    /** How many issues the cost drivers list. */
    public static final int TOP_ISSUES = 5;
    /** The key of the group of work without a level, account or epic. */
    public static final String NONE = "";

    /** What the groups are called: user names, level names by user, account names, and the issues' facts. */
    public record Names(Function<String, String> user, Function<String, String> levelOfUser, Function<String, String> account,
                        Map<Long, IssueFacts> issues) {
    }

    public static LabourBreakdown of(Budget budget, java.util.Currency currency, List<WorkSlice> slices, Names names) {
        Map<String, Group> users = new LinkedHashMap<>();
        Map<String, Group> levels = new LinkedHashMap<>();
        Map<String, Group> accounts = new LinkedHashMap<>();
        Map<String, Group> epics = new LinkedHashMap<>();
        Map<String, Group> issues = new LinkedHashMap<>();
        long other = 0;
        long totalMinor = 0;
        for (WorkSlice slice : slices) {
            long minor;
            long seconds;
            if (budget.measure() == Budget.Measure.COST) {
                minor = slice.costMinor();
                seconds = slice.workedSeconds();
            } else {
                if (slice.billMinor() != 0 && !currency.getCurrencyCode().equals(slice.billCurrency())) {
                    other++;
                    continue;
                }
                minor = slice.billMinor();
                seconds = slice.billedSeconds();
            }
            totalMinor = Math.addExact(totalMinor, minor);
            IssueFacts facts = names.issues().get(slice.issueId());
            String level = names.levelOfUser().apply(slice.authorKey());
            add(users, slice.authorKey(), names.user().apply(slice.authorKey()), minor, seconds);
            add(levels, level == null ? NONE : level, level, minor, seconds);
            add(accounts, slice.accountKey() == null ? NONE : slice.accountKey(),
                    slice.accountKey() == null ? null : names.account().apply(slice.accountKey()), minor, seconds);
            String epic = facts == null ? null : facts.epicKey();
            add(epics, epic == null ? NONE : epic, epic == null ? null : epicLabel(epic, names.issues()), minor, seconds);
            String issueKey = facts == null ? "#" + slice.issueId() : facts.key();
            add(issues, issueKey, facts == null ? issueKey : facts.key() + " " + facts.summary(), minor, seconds);
        }
        Money total = Money.ofMinor(totalMinor, currency);
        List<Share> top = shares(issues, total);
        return new LabourBreakdown(total, shares(users, total), shares(levels, total), shares(accounts, total), shares(epics, total),
                top.subList(0, Math.min(TOP_ISSUES, top.size())), other);
    }

    private static String epicLabel(String epicKey, Map<Long, IssueFacts> issues) {
        return issues.values().stream().filter(f -> f.key().equals(epicKey)).findFirst().map(f -> f.key() + " " + f.summary()).orElse(epicKey);
    }

    private static void add(Map<String, Group> groups, String key, String label, long minor, long seconds) {
        Group group = groups.computeIfAbsent(key, k -> new Group(label));
        group.minor = Math.addExact(group.minor, minor);
        group.seconds += seconds;
    }

    /** Largest first; percentages of the total to one decimal (they need not add up to exactly 100). */
    private static List<Share> shares(Map<String, Group> groups, Money total) {
        List<Share> shares = new ArrayList<>();
        groups.forEach((key, group) -> shares.add(new Share(key, group.label, Money.ofMinor(group.minor, total.currency()), group.seconds,
                total.isZero() ? BigDecimal.ZERO : BigDecimal.valueOf(group.minor).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(total.minorUnits()), 1, RoundingMode.HALF_UP))));
        shares.sort(Comparator.comparing(Share::amount).reversed().thenComparing(Share::seconds, Comparator.reverseOrder())
                .thenComparing(Share::key));
        return shares;
    }

    private static final class Group {
        private final String label;
        private long minor;
        private long seconds;

        Group(String label) {
            this.label = label;
        }
    }
}
