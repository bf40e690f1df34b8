package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts each person's months together from the calendar's days, the ledger's sums and the levels held. */
final class PersonMonths {

    private PersonMonths() {
    }

    /** {@code gone}: the people no longer active in Jira, whose capacity counts only in months they logged time. */
    static List<PersonMonth> of(Set<String> people, List<YearMonth> months, Map<String, Map<YearMonth, Long>> capacity,
                                List<LoggedMonth> work, StaffLevels.Held held, Map<Long, BigDecimal> targets, Set<String> gone) {
        Map<String, long[]> sums = new HashMap<>();
        for (LoggedMonth w : work) {
            long[] sum = sums.computeIfAbsent(w.userKey() + '\n' + w.month(), k -> new long[2]);
            sum[0] += w.loggedSeconds();
            sum[1] += w.billableSeconds();
        }
        List<PersonMonth> facts = new ArrayList<>(people.size() * months.size());
        for (String person : people) {
            Map<YearMonth, Long> monthly = capacity.getOrDefault(person, Map.of());
            for (YearMonth month : months) {
                long[] sum = sums.getOrDefault(person + '\n' + month, new long[2]);
                long expected = gone.contains(person) && sum[0] == 0 ? 0 : monthly.getOrDefault(month, 0L);
                Long level = held.levelOn(person, month.atEndOfMonth());
                facts.add(new PersonMonth(person, month, expected, sum[0], sum[1], level, level == null ? null : targets.get(level)));
            }
        }
        return facts;
    }
}
