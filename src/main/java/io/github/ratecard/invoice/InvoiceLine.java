package io.github.ratecard.invoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an invoice: its kind, the key of what it groups (an issue key, a user key, a level,
 * a month, an expense id; with the rate), its text, the quantity (hours for work, 1 otherwise), the
 * unit price and the amount — for work, billed hours × rate, rounded once for the whole line.
 */
public record InvoiceLine(long id, LineKind kind, String groupKey, String text, BigDecimal quantity, BigDecimal unitPrice, Money amount,
                          long seconds, int entries) {

    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groupKey, "groupKey");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        text = text == null ? "" : text.strip();
        io.github.ratecard.domain.InvalidInputException.require(!text.isEmpty() && text.length() <= InputLimits.LINE_TEXT, "text",
                "A line needs a text of 1 to " + InputLimits.LINE_TEXT + " characters");
    }

    public InvoiceLine withText(String newText) {
        return new InvoiceLine(id, kind, groupKey, newText, quantity, unitPrice, amount, seconds, entries);
    }

    public InvoiceLine withId(long newId) {
        return new InvoiceLine(newId, kind, groupKey, text, quantity, unitPrice, amount, seconds, entries);
    }

    /** The line taken back on a credit note: the same quantity and price, the amount negated. */
    public InvoiceLine credited() {
        return new InvoiceLine(0, kind, groupKey, text, quantity.negate(), unitPrice, amount.negate(), -seconds, entries);
    }
}
