package io.github.ratecard.accounting;

import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What one issued document, or the reversal of a voided invoice, books: the debtor account against the revenue of each
 * tax rate, dated the day the document was issued. {@code exchangeRate} is the rate frozen at issuing (base currency
 * per unit of the document's currency); none when the document is in the base currency or was issued without one.
 */
public record Posting(long invoiceId, String document, InvoiceKind kind, boolean reversal, LocalDate date, String accountKey, String debtorAccount,
                      Currency currency, Currency baseCurrency, Optional<BigDecimal> exchangeRate, List<PostedPortion> portions) {

    public Posting {
        portions = List.copyOf(portions);
    }

    public Money gross() {
        return Money.sum(currency, portions.stream().map(PostedPortion::gross).toList());
    }

    public boolean inForeignCurrency() {
        return !currency.equals(baseCurrency);
    }

    /** Whether its amounts are known in the base currency (always, in the base currency itself). */
    public boolean hasBaseAmounts() {
        return portions.stream().allMatch(portion -> portion.baseNet().isPresent());
    }

    Posting reversedAsOf() {
        return new Posting(invoiceId, document, kind, true, date, accountKey, debtorAccount, currency, baseCurrency, exchangeRate,
                portions.stream().map(PostedPortion::reversed).toList());
    }
}
