package io.github.ratecard.invoice;

import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.rates.HourlyRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A retainer period's lines: the fee line, which explains the period ("Retainer May 2026: 120 h prepaid, 131.5 h used,
 * 11.5 h overage at 85.00 USD/h"), and the hours beyond the balance at the overage rate, or at each worklog's rate from
 * the rate card (one line per rate). The balance is used in the order the work was done, so the overage is the latest
 * work; a worklog that crosses the balance is split there. Each line is rounded once. Work without a bill rate blocks
 * issuing only when its hours are overage at the rate card; all other work bills through the fee at no money of its own.
 */
public final class RetainerLines {

    private RetainerLines() {
    }

    public static ContractDraft compose(ContractPeriod period, Retainer terms, RetainerFigures figures, List<BillableWork> work,
                                        Map<String, String> texts, ContractWords words) {
        String periodKey = period.first().toString();
        String periodName = words.period(period.first(), period.last());
        List<BillableWork> ordered = work.stream().sorted(Comparator.comparing(BillableWork::workDate).thenComparing(BillableWork::worklogId)).toList();
        long used = ordered.stream().mapToLong(BillableWork::billedSeconds).sum();
        long left = figures.availableSeconds();
        Map<String, Overage> overage = new LinkedHashMap<>();
        List<BillableWork> blockers = new ArrayList<>();
        List<BillableWork> included = new ArrayList<>();
        for (BillableWork each : ordered) {
            long covered = Math.min(Math.max(left, 0), each.billedSeconds());
            left -= each.billedSeconds();
            long beyond = each.billedSeconds() - covered;
            if (beyond > 0) {
                Optional<HourlyRate> rate = terms.overageRate().or(() -> Optional.ofNullable(each.isPriced() ? each.rate() : null));
                if (rate.isEmpty() || !rate.get().currency().equals(terms.fee().currency())) {
                    blockers.add(each);
                    continue;
                }
                overage.computeIfAbsent("OVERAGE:" + periodKey + "@" + rate.get().tenThousandths(), key -> new Overage(rate.get())).add(beyond);
            }
            included.add(each);
        }
        long overageSeconds = overage.values().stream().mapToLong(o -> o.seconds).sum();
        List<InvoiceLine> lines = new ArrayList<>();
        String feeKey = "RETAINER:" + periodKey;
        String feeText = overageSeconds == 0
                ? words.text("ratecard.contract.line.retainerLeft", periodName, words.hours(terms.prepaidSeconds()), words.hours(used),
                        words.hours(Math.max(0, figures.availableSeconds() - used)))
                : words.text("ratecard.contract.line.retainer", periodName, words.hours(terms.prepaidSeconds()), words.hours(used),
                        words.hours(overageSeconds), terms.overageRate().map(words::rate).orElse(words.text("ratecard.contract.line.rateCard")));
        lines.add(new InvoiceLine(0, LineKind.RETAINER, feeKey, texts.getOrDefault(feeKey, feeText), BigDecimal.ONE, terms.fee().toDecimal(),
                terms.fee(), used, included.size()));
        overage.forEach((key, each) -> lines.add(new InvoiceLine(0, LineKind.OVERAGE, key, texts.getOrDefault(key,
                words.text("ratecard.contract.line.overage", periodName, words.hours(each.seconds), words.rate(each.rate))),
                DraftComposer.hours(each.seconds), each.rate.amount(), each.rate.priceFor(each.seconds), each.seconds, each.entries)));
        return new ContractDraft(lines, blockers, included, Optional.of(feeKey), statement(periodName, figures, words));
    }

    private static ContractStatement statement(String periodName, RetainerFigures figures, ContractWords words) {
        return new ContractStatement("ratecard.contract.balance.title", periodName, List.of(
                figure("ratecard.contract.balance.opening", figures.openingSeconds(), words),
                figure("ratecard.contract.balance.prepaid", figures.prepaidSeconds(), words),
                figure("ratecard.contract.balance.used", figures.usedSeconds(), words),
                figure("ratecard.contract.balance.overage", figures.overageSeconds(), words),
                figure("ratecard.contract.balance.expired", figures.expiredSeconds(), words),
                figure("ratecard.contract.balance.rolledOver", figures.rolledOverSeconds(), words),
                figure("ratecard.contract.balance.closing", figures.closingSeconds(), words)));
    }

    private static ContractStatement.Figure figure(String key, long seconds, ContractWords words) {
        return new ContractStatement.Figure(key, words.text("ratecard.contract.hours", words.hours(seconds)), seconds);
    }

    /** Hours beyond the balance at one rate. */
    private static final class Overage {
        private final HourlyRate rate;
        private long seconds;
        private int entries;

        Overage(HourlyRate rate) {
            this.rate = rate;
        }

        void add(long beyond) {
            seconds += beyond;
            entries++;
        }
    }
}
