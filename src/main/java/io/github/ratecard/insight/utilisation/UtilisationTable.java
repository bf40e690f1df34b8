package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds people's months up into the rows of the report. A row's seconds are the sums of its months;
 * its target is the capacity-weighted mean of the targets of its months that have one and some
 * capacity (so a promotion mid-period weighs each level by the time expected at it), to one
 * decimal, half-up; null when no month has one.
 */
public final class UtilisationTable {

    private static final String NO_LEVEL = "none";

    private UtilisationTable() {
    }

    /** {@code teams}: for TEAM rows, each team's name with its members, in the order the rows are wanted. */
    public static List<UtilisationRow> rows(List<PersonMonth> facts, Grouping by, RowLabels labels, Map<String, Set<String>> teams) {
        return switch (by) {
            case PERSON -> sorted(group(facts, PersonMonth::userKey), labels::person);
            case LEVEL -> sorted(group(facts, f -> f.levelId() == null ? NO_LEVEL : f.levelId().toString()),
                    key -> labels.level(key.equals(NO_LEVEL) ? null : Long.valueOf(key)));
            case MONTH -> {
                Map<String, List<PersonMonth>> months = new TreeMap<>();
                facts.forEach(f -> months.computeIfAbsent(f.month().toString(), m -> new ArrayList<>()).add(f));
                yield months.entrySet().stream().map(e -> row(e.getKey(), e.getKey(), e.getValue())).toList();
            }
            case TEAM -> teams.entrySet().stream().map(team -> row(team.getKey(), team.getKey(),
                    facts.stream().filter(f -> team.getValue().contains(f.userKey())).toList())).toList();
        };
    }

    private static Map<String, List<PersonMonth>> group(List<PersonMonth> facts, Function<PersonMonth, String> key) {
        Map<String, List<PersonMonth>> groups = new LinkedHashMap<>();
        facts.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        return groups;
    }

    private static List<UtilisationRow> sorted(Map<String, List<PersonMonth>> groups, Function<String, String> label) {
        List<UtilisationRow> rows = new ArrayList<>();
        groups.forEach((key, months) -> rows.add(row(key, label.apply(key), months)));
        rows.sort(Comparator.comparing(UtilisationRow::label, String.CASE_INSENSITIVE_ORDER).thenComparing(UtilisationRow::key));
        return rows;
    }

    static UtilisationRow row(String key, String label, List<PersonMonth> months) {
        long capacity = 0;
        long logged = 0;
        long billable = 0;
        BigDecimal targetSeconds = BigDecimal.ZERO;
        long targetedCapacity = 0;
        for (PersonMonth month : months) {
            capacity += month.capacitySeconds();
            logged += month.loggedSeconds();
            billable += month.billableSeconds();
            if (month.target() != null && month.capacitySeconds() > 0) {
                targetSeconds = targetSeconds.add(month.target().multiply(BigDecimal.valueOf(month.capacitySeconds())));
                targetedCapacity += month.capacitySeconds();
            }
        }
        BigDecimal target = targetedCapacity == 0 ? null
                : targetSeconds.divide(BigDecimal.valueOf(targetedCapacity), Percent.SCALE, RoundingMode.HALF_UP);
        return new UtilisationRow(key, label, capacity, logged, billable, target);
    }

    /** The months of a period, first to last. */
    static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
