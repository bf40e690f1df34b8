package io.github.ratecard.invoice;

import io.github.ratecard.contract.Cap;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cap's write-off: the draft bills time and materials as always, and what its work would bill beyond the room the cap
 * leaves ({@code limit} less what issued invoices of the cap's period billed before) is a line of its own with the
 * negative amount written off, so the invoice's work comes to the cap. The hours written off are the latest work's, in
 * the order it was done (a worklog that crosses the cap counts its share). Nothing is written off below the cap.
 */
public final class CapLines {

    private CapLines() {
    }

    /** {@code workLines}: the draft's lines of work and adjustments; {@code included}: the worklogs they bill. */
    public static ContractDraft compose(String periodKey, String periodName, Cap terms, Money billedBefore, List<InvoiceLine> workLines,
                                        List<BillableWork> included, Map<String, String> texts, ContractWords words) {
        Money work = Money.sum(terms.limit().currency(), workLines.stream().map(InvoiceLine::amount).toList());
        Money room = max(terms.limit().minus(billedBefore), Money.zero(terms.limit().currency()));
        Money writtenOff = max(work.minus(room), Money.zero(room.currency()));
        long seconds = secondsBeyond(included, room);
        List<InvoiceLine> lines = List.of();
        if (!writtenOff.isZero()) {
            String key = "WRITE_OFF:" + periodKey;
            String text = words.text("ratecard.contract.line.writeOff", words.money(terms.limit()), words.hours(seconds), words.money(writtenOff));
            lines = List.of(new InvoiceLine(0, LineKind.WRITE_OFF, key, texts.getOrDefault(key, text), BigDecimal.ONE,
                    writtenOff.negate().toDecimal(), writtenOff.negate(), seconds, 0));
        }
        ContractStatement statement = new ContractStatement("ratecard.contract.cap.title", periodName, List.of(
                money("ratecard.contract.cap.limit", terms.limit(), words),
                money("ratecard.contract.cap.before", billedBefore, words),
                money("ratecard.contract.cap.work", work, words),
                money("ratecard.contract.cap.writtenOff", writtenOff, words)));
        return new ContractDraft(lines, List.of(), included, Optional.empty(), statement);
    }

    /** The billed seconds of the work beyond {@code room}, the latest last; a worklog crossing it counts the share beyond. */
    static long secondsBeyond(List<BillableWork> included, Money room) {
        long left = room.minorUnits();
        long beyond = 0;
        for (BillableWork each : included.stream().sorted(Comparator.comparing(BillableWork::workDate).thenComparing(BillableWork::worklogId)).toList()) {
            long price = each.rate().priceFor(each.billedSeconds()).minorUnits();
            if (left >= price) {
                left -= price;
                continue;
            }
            long share = left <= 0 || price == 0 ? each.billedSeconds()
                    : each.billedSeconds() - BigDecimal.valueOf(each.billedSeconds()).multiply(BigDecimal.valueOf(left))
                            .divide(BigDecimal.valueOf(price), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            beyond += share;
            left = 0;
        }
        return beyond;
    }

    private static ContractStatement.Figure money(String key, Money amount, ContractWords words) {
        return new ContractStatement.Figure(key, words.money(amount), amount.minorUnits());
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
