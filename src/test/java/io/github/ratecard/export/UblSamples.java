package io.github.ratecard.export;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.EInvoiceParts;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.invoice.LineVat;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Issued documents and e-invoice terms for the UBL tests: a German seller billing a French client, as finance fills them in. */
public final class UblSamples {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final SellerEInvoicing SELLER = SellerEInvoicing.checked("DE89370400440532013000", "COBADEFFXXX", "9930", "DE811907980",
            "Accounts receivable", "+49 30 1234567", "invoices@ratecard-bpo.example");
    public static final BuyerEInvoicing BUYER = BuyerEInvoicing.checked("ACME", "ACME-BPO-2026", "PO-2026-0042", "9957", "FR40303265045", "", "", "",
            false);

    private UblSamples() {
    }

    /** 1.5 hours on ACME-1 at 60.00 and a 30.00 expense, at {@code taxPercent}. */
    public static Invoice invoice(String taxPercent) {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, LineKind.WORK, "ISSUE:ACME-1@600000", "ACME-1 Password resets", new BigDecimal("1.5"), new BigDecimal("60.0000"),
                        Money.parse("90.00", "EUR"), 5400, 3),
                new InvoiceLine(2, LineKind.EXPENSE, "EXPENSE:7", "Travel 2026-10-09", BigDecimal.ONE, new BigDecimal("30.00"),
                        Money.parse("30.00", "EUR"), 0, 0));
        return new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, EUR, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, new BigDecimal(taxPercent), EUR),
                Optional.of(new Issuance("ACME-2026-0001", LocalDate.parse("2026-11-05"), Instant.parse("2026-11-05T10:00:00Z"), "fiona",
                        Optional.empty())), Optional.empty());
    }

    /**
     * Three VAT rates: 1.5 hours at 60.00 at the invoice's 19 %, a 30.05 expense at a reduced 7 % and a 12.50 line of finance's
     * own exempt with its reason. Tax: 17.10 + 2.10 (2.1035) + 0.00 = 19.20.
     */
    public static Invoice mixedRates() {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, LineKind.WORK, "ISSUE:ACME-1@600000", "ACME-1 Password resets", new BigDecimal("1.5"), new BigDecimal("60.0000"),
                        Money.parse("90.00", "EUR"), 5400, 3),
                new InvoiceLine(2, LineKind.EXPENSE, "EXPENSE:7", "Printed handbooks 2026-10-09", BigDecimal.ONE, new BigDecimal("30.05"),
                        Money.parse("30.05", "EUR"), 0, 0).withVat(Optional.of(new LineVat("S", new BigDecimal("7"), ""))),
                new InvoiceLine(3, LineKind.MANUAL, "MANUAL:1", "Exam fees", BigDecimal.ONE, new BigDecimal("12.50"), Money.parse("12.50", "EUR"), 0, 0)
                        .withVat(Optional.of(new LineVat("E", BigDecimal.ZERO, "Exempt under Article 132(1)(i) of Directive 2006/112/EC"))));
        return new Invoice(2, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, EUR, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, new BigDecimal("19"), EUR),
                Optional.of(new Issuance("ACME-2026-0002", LocalDate.parse("2026-11-05"), Instant.parse("2026-11-05T10:00:00Z"), "fiona",
                        Optional.empty())), Optional.empty());
    }

    /** A credit note taking back the whole of {@link #mixedRates}. */
    public static Invoice mixedRatesCreditNote() {
        Invoice invoice = mixedRates();
        List<InvoiceLine> credited = invoice.lines().stream().map(InvoiceLine::credited).toList();
        return new Invoice(10, invoice.header().creditNote(new InvoiceHeader.CreditOf(2L, "Handbooks returned"), "fiona"), credited,
                InvoiceTotals.of(credited, new BigDecimal("19"), EUR), Optional.of(new Issuance("CN-ACME-2026-0002",
                LocalDate.parse("2026-11-20"), Instant.parse("2026-11-20T10:00:00Z"), "fiona", Optional.empty())), Optional.empty());
    }

    /** A credit note taking back the whole of {@link #invoice}. */
    public static Invoice creditNote(String taxPercent) {
        Invoice invoice = invoice(taxPercent);
        List<InvoiceLine> credited = invoice.lines().stream().map(InvoiceLine::credited).toList();
        return new Invoice(9, invoice.header().creditNote(new InvoiceHeader.CreditOf(1L, "Training hours"), "fiona"), credited,
                InvoiceTotals.of(credited, new BigDecimal(taxPercent), EUR), Optional.of(new Issuance("CN-ACME-2026-0001",
                LocalDate.parse("2026-11-20"), Instant.parse("2026-11-20T10:00:00Z"), "fiona", Optional.empty())), Optional.empty());
    }

    public static InvoiceDocument document(Invoice invoice) {
        InvoiceDocument.Party seller = new InvoiceDocument.Party("Ratecard BPO GmbH", "DE",
                PartyDetails.NONE.with("", "Friedrichstraße 68", "Berlin", "10117", "DE811907980"));
        InvoiceDocument.Party buyer = new InvoiceDocument.Party("Acme Corporation", "FR",
                PartyDetails.NONE.with("", "12 avenue de l'Opéra", "Paris", "75001", "FR40303265045"));
        return new InvoiceDocument(invoice, "Invoice", seller, buyer, 30, ExportWords.ENGLISH, rows -> { });
    }

    public static byte[] ubl(Invoice invoice, SellerEInvoicing seller, BuyerEInvoicing buyer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new UblInvoiceWriter(id -> "ACME-2026-0001", i -> new EInvoiceParts(seller, buyer)).write(document(invoice), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BuyerEInvoicing buyer(String category, String reasonCode, String reason, boolean xrechnung) {
        return BuyerEInvoicing.checked("ACME", "04011000-12345-34", "PO-2026-0042", "9957", "FR40303265045", category, reasonCode, reason, xrechnung);
    }
}
