package io.github.ratecard.insight.hints;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * People far under capacity while others exceed it on the same account: in the last complete month,
 * among the people who worked on an account, someone logged (on all their work, on every project, linked to an account or not) under
 * {@link #UNDER_PERCENT} % of their expected time while someone else logged over {@link #OVER_PERCENT} %.
 * The size is the spare time of the people under capacity, in seconds; no money is priced.
 */
public final class CapacityImbalanceRule implements HintRule {

    public static final String ID = "capacity-imbalance";
    static final BigDecimal UNDER_PERCENT = BigDecimal.valueOf(50);
    static final BigDecimal OVER_PERCENT = BigDecimal.valueOf(110);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        YearMonth month = facts.thisMonth().minusMonths(1);
        Map<String, TreeSet<String>> people = new java.util.TreeMap<>();
        for (HintFacts.WorkMonth row : facts.work()) {
            if (month.equals(row.month()) && row.accountKey() != null && row.workedSeconds() > 0) {
                people.computeIfAbsent(row.accountKey(), k -> new TreeSet<>()).add(row.userKey());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> account : people.entrySet()) {
            List<String> under = new ArrayList<>();
            List<String> over = new ArrayList<>();
            long spare = 0;
            for (String user : account.getValue()) {
                long expected = facts.expectedSeconds().getOrDefault(user, Map.of()).getOrDefault(month, 0L);
                if (expected <= 0) {
                    continue;
                }
                long logged = facts.loggedSeconds(user, month);
                BigDecimal percent = HourlyMoney.percent(logged, expected);
                if (percent.compareTo(UNDER_PERCENT) < 0) {
                    under.add(user);
                    spare += expected - logged;
                } else if (percent.compareTo(OVER_PERCENT) > 0) {
                    over.add(user);
                }
            }
            if (!under.isEmpty() && !over.isEmpty()) {
                findings.add(new Finding(ID, "account:" + account.getKey() + "|month:" + month, account.getKey(),
                        UninvoicedRule.projectsOf(facts, account.getKey(), month),
                        List.of(Figure.account(account.getKey()), Figure.month(month), Figure.users(under), Figure.users(over), Figure.seconds(spare)),
                        null, spare, List.of()));
            }
        }
        return findings;
    }
}
