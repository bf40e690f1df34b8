package io.github.ratecard.accounting;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the generic journal: on a day, for a document, an account is debited or credited ({@code amount}
 * positive for a debit, negative for a credit, in the document's currency), with the tax code of its rate (empty on the
 * debtor's line) and the amount in the base currency where the document has one.
 */
public record JournalLine(LocalDate date, String document, String account, String taxCode, Money amount, Optional<Money> baseAmount) {

    public BigDecimal debit() {
        return amount.isNegative() ? null : amount.toDecimal();
    }

    public BigDecimal credit() {
        return amount.isNegative() ? amount.toDecimal().negate() : null;
    }
}
