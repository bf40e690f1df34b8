package io.github.ratecard.invoice;

import io.github.ratecard.budget.Expense;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Composes a draft's lines: its account's billable work grouped by issue, person, level or month
 * and by rate within the group (so every line has one rate, and amount = billed hours × rate,
 * rounded once), then its billable expenses, its pending adjustments and finance's own lines.
 * Excluded worklogs and expenses stay out; texts finance edited are kept by the line's key.
 */
public final class DraftComposer {

    private DraftComposer() {
    }

    /** What the composer works from. */
    public record Sources(List<BillableWork> work, List<Expense> expenses, List<PendingAdjustment> adjustments, List<InvoiceLine> manual,
                          Set<Long> excludedWorklogs, Set<Long> excludedExpenses, Map<String, String> texts) {
    }

    public static DraftLines compose(LineGrouping grouping, Currency currency, Sources sources) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<BillableWork> blockers = new ArrayList<>();
        List<BillableWork> included = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (BillableWork work : sources.work()) {
            if (sources.excludedWorklogs().contains(work.worklogId())) {
                continue;
            }
            if (!work.isPriced() || !work.rate().currency().equals(currency)) {
                blockers.add(work);
                continue;
            }
            included.add(work);
            String label = label(grouping, work);
            String key = grouping.name() + ":" + groupKey(grouping, work) + "@" + work.rate().tenThousandths();
            groups.computeIfAbsent(key, k -> new Group(label, work.rate())).add(work);
        }
        Map<String, Long> ratesPerLabel = new LinkedHashMap<>();
        groups.values().forEach(group -> ratesPerLabel.merge(group.label, 1L, Long::sum));
        groups.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Group> e) -> e.getValue().label).thenComparing(Map.Entry::getKey))
                .forEach(entry -> {
                    Group group = entry.getValue();
                    String text = ratesPerLabel.get(group.label) > 1 ? group.label + " (" + group.rate.display() + ")" : group.label;
                    lines.add(new InvoiceLine(0, LineKind.WORK, entry.getKey(), sources.texts().getOrDefault(entry.getKey(), text),
                            hours(group.seconds), group.rate.amount(), group.rate.priceFor(group.seconds), group.seconds, group.entries));
                });
        for (Expense expense : sources.expenses()) {
            Money billed = expense.billed();
            if (!expense.billable() || sources.excludedExpenses().contains(expense.id()) || !billed.currency().equals(currency)) {
                continue;
            }
            String key = "EXPENSE:" + expense.id();
            String text = expense.category().name().charAt(0) + expense.category().name().substring(1).toLowerCase(Locale.ROOT) + " "
                    + expense.date() + (expense.description().isEmpty() ? "" : ": " + expense.description());
            lines.add(new InvoiceLine(0, LineKind.EXPENSE, key, sources.texts().getOrDefault(key, text), BigDecimal.ONE, billed.toDecimal(),
                    billed, 0, 0));
        }
        for (PendingAdjustment adjustment : sources.adjustments()) {
            if (!adjustment.delta().currency().equals(currency) || adjustment.delta().isZero() && adjustment.deltaSeconds() == 0) {
                continue;
            }
            AdjustedWorklog adjusted = new AdjustedWorklog(adjustment.worklogId());
            String text = "Adjustment " + adjustment.issueKey() + ", worklog " + adjustment.worklogId() + (adjustment.deleted() ? " deleted" : " changed")
                    + " after " + adjustment.invoiceNumber();
            lines.add(InvoiceLine.adjustment(adjusted, sources.texts().getOrDefault(adjusted.lineKey(), text), hours(adjustment.deltaSeconds()),
                    adjustment.delta(), adjustment.deltaSeconds()));
        }
        lines.addAll(sources.manual());
        return new DraftLines(lines, blockers, included);
    }

    /** The line key a worklog's work falls under (with its rate), for exclusions and the detail sheet. */
    public static String lineKeyOf(LineGrouping grouping, BillableWork work) {
        return grouping.name() + ":" + groupKey(grouping, work) + "@" + work.rate().tenThousandths();
    }

    private static String groupKey(LineGrouping grouping, BillableWork work) {
        return switch (grouping) {
            case ISSUE -> work.issueKey();
            case USER -> work.authorKey();
            case LEVEL -> work.levelName() == null ? "" : work.levelName();
            case MONTH -> work.workDate().getYear() + "-" + String.format(Locale.ROOT, "%02d", work.workDate().getMonthValue());
        };
    }

    private static String label(LineGrouping grouping, BillableWork work) {
        return switch (grouping) {
            case ISSUE -> work.issueKey() + (work.issueSummary() == null || work.issueSummary().isBlank() ? "" : " " + work.issueSummary());
            case USER -> work.authorName() == null ? work.authorKey() : work.authorName();
            case LEVEL -> work.levelName() == null ? "Work" : work.levelName();
            case MONTH -> work.workDate().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + work.workDate().getYear();
        };
    }

    /** Hours to two decimals, for people; the amount is computed from the exact seconds. */
    static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static final class Group {
        private final String label;
        private final HourlyRate rate;
        private long seconds;
        private int entries;

        Group(String label, HourlyRate rate) {
            this.label = label;
            this.rate = rate;
        }

        void add(BillableWork work) {
            seconds += work.billedSeconds();
            entries++;
        }
    }
}
