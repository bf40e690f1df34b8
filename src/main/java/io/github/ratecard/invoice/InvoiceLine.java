package io.github.ratecard.invoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an invoice: its kind, the key of what it groups (an issue key, a user key, a level,
 * a month, an expense id; with the rate), its text, the quantity (hours for work, 1 otherwise), the
 * unit price and the amount — for work, billed hours × rate, rounded once for the whole line. An
 * adjustment line, and only it, names the worklog it adjusts; its key is that worklog's. A line of finance's own or an
 * expense may carry a VAT of its own ({@link LineVat}); every other line, and one without, is charged at the invoice's rate.
 */
public record InvoiceLine(long id, LineKind kind, String groupKey, String text, BigDecimal quantity, BigDecimal unitPrice, Money amount,
                          long seconds, int entries, Optional<AdjustedWorklog> adjusts, Optional<LineVat> vat) {

    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groupKey, "groupKey");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(adjusts, "adjusts");
        Objects.requireNonNull(vat, "vat");
        if (vat.isPresent() && kind != LineKind.MANUAL && kind != LineKind.EXPENSE) {
            throw new IllegalArgumentException("Only a line of finance's own or an expense has a VAT of its own: " + kind + " " + groupKey);
        }
        if (adjusts.isPresent() != (kind == LineKind.ADJUSTMENT) || adjusts.isPresent() && !adjusts.get().lineKey().equals(groupKey)) {
            throw new IllegalArgumentException("An adjustment line, and only it, names the worklog of its key: " + kind + " " + groupKey);
        }
        text = text == null ? "" : text.strip();
        InvalidInputException.require(!text.isEmpty() && text.length() <= InputLimits.LINE_TEXT, "text",
                "A line needs a text of 1 to " + InputLimits.LINE_TEXT + " characters");
    }

    /** A line at the invoice's rate. */
    public InvoiceLine(long id, LineKind kind, String groupKey, String text, BigDecimal quantity, BigDecimal unitPrice, Money amount, long seconds,
                       int entries, Optional<AdjustedWorklog> adjusts) {
        this(id, kind, groupKey, text, quantity, unitPrice, amount, seconds, entries, adjusts, Optional.empty());
    }

    /** A line of work, an expense or finance's own. */
    public InvoiceLine(long id, LineKind kind, String groupKey, String text, BigDecimal quantity, BigDecimal unitPrice, Money amount, long seconds,
                       int entries) {
        this(id, kind, groupKey, text, quantity, unitPrice, amount, seconds, entries, Optional.empty());
    }

    /** The adjustment of a worklog changed after it was invoiced: the difference in hours and in money, at no unit price. */
    public static InvoiceLine adjustment(AdjustedWorklog worklog, String text, BigDecimal hours, Money delta, long deltaSeconds) {
        return new InvoiceLine(0, LineKind.ADJUSTMENT, worklog.lineKey(), text, hours, BigDecimal.ZERO, delta, deltaSeconds, 1, Optional.of(worklog));
    }

    /** The line taken back on a credit note: the same quantity and price, the amount negated. */
    public InvoiceLine credited() {
        return new InvoiceLine(0, kind, groupKey, text, quantity.negate(), unitPrice, amount.negate(), -seconds, entries, adjusts, vat);
    }

    /** The same line at the VAT given (empty: the invoice's rate). */
    public InvoiceLine withVat(Optional<LineVat> newVat) {
        return new InvoiceLine(id, kind, groupKey, text, quantity, unitPrice, amount, seconds, entries, adjusts, newVat);
    }

    /** Whether finance may choose a VAT for it: a line of its own or an expense. */
    public boolean takesOwnVat() {
        return kind == LineKind.MANUAL || kind == LineKind.EXPENSE;
    }
}
