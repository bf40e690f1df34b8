package io.github.ratecard.accounting;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Turns issued documents into postings. An issued invoice or credit note is one posting on its issue day. A voided
 * invoice is two: the invoice as it was issued and its reversal (every amount on the other side), both on its issue
 * day, so the period's bookings net it to zero and the document trail keeps its number (Ratecard keeps no day of the
 * void itself). A draft books nothing. Amounts in the base currency come from the total frozen at issuing, split over
 * the rates' net and tax in proportion, so they add up to it exactly.
 */
public final class Postings {

    private Postings() {
    }

    public static List<Posting> of(Invoice invoice, AccountingSettings settings, Currency baseCurrency) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            return List.of();
        }
        Issuance issuance = invoice.issuance().orElseThrow();
        Posting posting = new Posting(invoice.id(), issuance.number(), invoice.kind(), false, issuance.date(), invoice.accountKey(),
                settings.debtorAccount(invoice.accountKey()), invoice.currency(), baseCurrency, rate(invoice, baseCurrency),
                portions(invoice, settings, baseCurrency));
        return invoice.status() == InvoiceStatus.VOID ? List.of(posting, posting.reversedAsOf()) : List.of(posting);
    }

    private static Optional<BigDecimal> rate(Invoice invoice, Currency baseCurrency) {
        if (invoice.currency().equals(baseCurrency)) {
            return Optional.empty();
        }
        return invoice.issuance().flatMap(Issuance::base).map(Issuance.BaseTotal::exchangeRate);
    }

    private static List<PostedPortion> portions(Invoice invoice, AccountingSettings settings, Currency baseCurrency) {
        List<TaxPortion> taxed = TaxPortions.of(invoice);
        Optional<List<Money>> base = baseParts(invoice, taxed, baseCurrency);
        List<PostedPortion> portions = new ArrayList<>();
        for (int i = 0; i < taxed.size(); i++) {
            TaxPortion portion = taxed.get(i);
            RevenueAccount revenue = settings.revenueAccounts().get(portion.key());
            InvalidInputException.require(revenue != null, "revenueAccounts", "No revenue account is set for the tax rate " + portion.key()
                    + " % (" + invoice.describe() + "): add one in the accounting settings");
            int at = 2 * i;
            portions.add(new PostedPortion(portion.key(), revenue, portion.net(), portion.tax(), base.map(parts -> parts.get(at)),
                    base.map(parts -> parts.get(at + 1))));
        }
        return portions;
    }

    /** Net and tax of each portion in the base currency, in that order; none when the document has no base-currency total. */
    private static Optional<List<Money>> baseParts(Invoice invoice, List<TaxPortion> taxed, Currency baseCurrency) {
        List<Money> amounts = new ArrayList<>();
        taxed.forEach(portion -> {
            amounts.add(portion.net());
            amounts.add(portion.tax());
        });
        if (invoice.currency().equals(baseCurrency)) {
            return Optional.of(amounts);
        }
        Optional<Money> total = invoice.issuance().flatMap(Issuance::base).map(Issuance.BaseTotal::amount);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        long[] weights = amounts.stream().mapToLong(amount -> Math.abs(amount.minorUnits())).toArray();
        if (java.util.Arrays.stream(weights).allMatch(weight -> weight == 0)) {
            return Optional.of(amounts.stream().map(amount -> Money.zero(baseCurrency)).toList());
        }
        Money magnitude = total.get().isNegative() ? total.get().negate() : total.get();
        List<Money> parts = magnitude.allocate(weights);
        List<Money> signed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            signed.add(amounts.get(i).isNegative() ? parts.get(i).negate() : parts.get(i));
        }
        return Optional.of(signed);
    }
}
