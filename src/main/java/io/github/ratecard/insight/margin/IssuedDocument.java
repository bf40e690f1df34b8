package io.github.ratecard.insight.margin;

import io.github.ratecard.invoice.LineKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued invoice (not voided) or credit note as the report reads it: the account, its currency,
 * the last day of the period it covers, the exchange rate finance froze (null for none) and the sum
 * of its work, adjustment and expense lines (negative on a credit note); the first day of its period;
 * and the lines its account's contract made (retainer fee, overage, instalments, a cap's write-off), each on its own.
 */
public record IssuedDocument(boolean creditNote, String accountKey, String currency, LocalDate lastDay, BigDecimal exchangeRate,
                             long workMinor, LocalDate firstDay, List<ContractLine> contractLines) {

    public IssuedDocument {
        contractLines = List.copyOf(contractLines);
    }

    /** A document without lines of a contract. */
    public IssuedDocument(boolean creditNote, String accountKey, String currency, LocalDate lastDay, BigDecimal exchangeRate, long workMinor,
                          LocalDate firstDay) {
        this(creditNote, accountKey, currency, lastDay, exchangeRate, workMinor, firstDay, List.of());
    }

    /** A document of one month's period (that ends on {@code lastDay}). */
    public IssuedDocument(boolean creditNote, String accountKey, String currency, LocalDate lastDay, BigDecimal exchangeRate, long workMinor) {
        this(creditNote, accountKey, currency, lastDay, exchangeRate, workMinor, lastDay.withDayOfMonth(1));
    }

    /** One line a contract made: its kind ({@link LineKind#fromContract()}), its key and its amount (a write-off's is negative). */
    public record ContractLine(LineKind kind, String groupKey, long amountMinor) {
    }
}
