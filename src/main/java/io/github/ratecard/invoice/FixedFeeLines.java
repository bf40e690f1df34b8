package io.github.ratecard.invoice;

import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A fixed fee's lines: each instalment of the schedule that is due by the draft's last day (its date has come, or its
 * milestone issue was resolved) and that no issued invoice billed yet, in the order of the schedule. The work is priced
 * for cost and margin but bills nothing: it is on the invoice at no money of its own, and nothing of it blocks issuing.
 */
public final class FixedFeeLines {

    private FixedFeeLines() {
    }

    /** {@code resolvedOn}: the day a milestone issue was resolved, empty while it is open or unknown. */
    public static ContractDraft compose(YearMonth termsFrom, FixedFee terms, DateRange period, Set<String> billedKeys,
                                        Function<String, Optional<LocalDate>> resolvedOn, List<BillableWork> work, Map<String, String> texts,
                                        ContractWords words) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (Instalment instalment : terms.schedule()) {
            String key = key(termsFrom, instalment);
            Optional<String> text = dueText(instalment, period.last(), resolvedOn, words);
            if (billedKeys.contains(key) || text.isEmpty()) {
                continue;
            }
            lines.add(new InvoiceLine(0, LineKind.INSTALMENT, key, texts.getOrDefault(key, text.get()), BigDecimal.ONE,
                    instalment.amount().toDecimal(), instalment.amount(), 0, 0));
        }
        Money due = Money.sum(terms.total().currency(), lines.stream().map(InvoiceLine::amount).toList());
        Money priced = Money.sum(terms.total().currency(), work.stream().filter(BillableWork::isPriced)
                .filter(w -> w.rate().currency().equals(due.currency())).map(w -> w.rate().priceFor(w.billedSeconds())).toList());
        long seconds = work.stream().mapToLong(BillableWork::billedSeconds).sum();
        ContractStatement statement = new ContractStatement("ratecard.contract.fixed.title", words.period(YearMonth.from(period.first()), YearMonth.from(period.last())), List.of(
                new ContractStatement.Figure("ratecard.contract.fixed.due", words.money(due), due.minorUnits()),
                new ContractStatement.Figure("ratecard.contract.fixed.work", words.text("ratecard.contract.hours", words.hours(seconds)) + " · "
                        + words.money(priced), seconds)));
        return new ContractDraft(lines, List.of(), work, Optional.of(coveringKey(termsFrom)), statement);
    }

    /** The key of an instalment's line: the month its terms start and its label, unique over the account's contract. */
    public static String key(YearMonth termsFrom, Instalment instalment) {
        return "INSTALMENT:" + termsFrom + ":" + instalment.label();
    }

    /** The line key the fixed fee's work is listed under. */
    static String coveringKey(YearMonth termsFrom) {
        return "FIXED:" + termsFrom;
    }

    private static Optional<String> dueText(Instalment instalment, LocalDate lastDay, Function<String, Optional<LocalDate>> resolvedOn,
                                            ContractWords words) {
        if (instalment.due() instanceof InstalmentDue.OnDate onDate) {
            return onDate.date().isAfter(lastDay) ? Optional.empty()
                    : Optional.of(words.text("ratecard.contract.line.instalmentDate", instalment.label(), words.date(onDate.date())));
        }
        String issueKey = ((InstalmentDue.OnMilestone) instalment.due()).issueKey();
        return resolvedOn.apply(issueKey).filter(day -> !day.isAfter(lastDay))
                .map(day -> words.text("ratecard.contract.line.instalmentMilestone", instalment.label(), issueKey, words.date(day)));
    }
}
