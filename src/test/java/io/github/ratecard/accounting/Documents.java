package io.github.ratecard.accounting;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Issued invoices and credit notes for the accounting tests. */
final class Documents {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    private Documents() {
    }

    /** An invoice of one line of {@code net} in {@code currency}, taxed at {@code percent}, issued on {@code day} (with a rate when given). */
    static Invoice invoice(long id, String number, String account, String net, String percent, Currency currency, LocalDate day, String rate) {
        InvoiceHeader header = InvoiceHeader.invoice(account, new DateRange(day.withDayOfMonth(1), day), LineGrouping.ISSUE, currency, List.of(), "", "finance");
        Invoice draft = Invoice.draft(header, new BigDecimal(percent)).withLines(List.of(line(net, currency)));
        Invoice issued = draft.issued(number, day, Instant.parse("2026-11-30T10:00:00Z"), "finance", rate == null ? null : new BigDecimal(rate), EUR);
        return new Invoice(id, issued.header(), issued.lines(), issued.totals(), issued.issuance(), issued.voiding());
    }

    /** An invoice of a line of {@code net} at 19 % and a line of {@code reducedNet} of its own at 7 %, in euros. */
    static Invoice invoiceAtTwoRates(long id, String number, String net, String reducedNet, LocalDate day) {
        InvoiceHeader header = InvoiceHeader.invoice("ACME", new DateRange(day.withDayOfMonth(1), day), LineGrouping.ISSUE, EUR, List.of(), "", "finance");
        InvoiceLine reduced = new InvoiceLine(0, LineKind.MANUAL, "m2", "Printed handbooks", BigDecimal.ONE, new BigDecimal(reducedNet),
                Money.of(new BigDecimal(reducedNet), EUR), 0, 1).withVat(Optional.of(new io.github.ratecard.invoice.LineVat("S", new BigDecimal("7"), "")));
        Invoice draft = Invoice.draft(header, new BigDecimal("19")).withLines(List.of(line(net, EUR), reduced));
        Invoice issued = draft.issued(number, day, Instant.parse("2026-11-30T10:00:00Z"), "finance", null, EUR);
        return new Invoice(id, issued.header(), issued.lines(), issued.totals(), issued.issuance(), issued.voiding());
    }

    static Invoice invoice(long id, String number, String net, LocalDate day) {
        return invoice(id, number, "ACME", net, "19", EUR, day, null);
    }

    /** A credit note taking back all of {@code invoice}, issued on {@code day}. */
    static Invoice creditNote(long id, String number, Invoice invoice, LocalDate day) {
        InvoiceHeader header = invoice.header().creditNote(new InvoiceHeader.CreditOf(invoice.id(), "Wrong rate"), "finance");
        Invoice draft = Invoice.draft(header, invoice.totals().taxPercent()).withLines(invoice.lines().stream().map(InvoiceLine::credited).toList());
        Invoice issued = draft.issued(number, day, Instant.parse("2026-11-30T10:00:00Z"), "finance",
                invoice.issuance().flatMap(i -> i.base()).map(b -> b.exchangeRate()).orElse(null), EUR);
        return new Invoice(id, issued.header(), issued.lines(), issued.totals(), issued.issuance(), Optional.empty());
    }

    private static InvoiceLine line(String net, Currency currency) {
        return new InvoiceLine(0, LineKind.MANUAL, "m1", "Consulting", BigDecimal.ONE, new BigDecimal(net), Money.of(new BigDecimal(net), currency), 0, 1);
    }
}
