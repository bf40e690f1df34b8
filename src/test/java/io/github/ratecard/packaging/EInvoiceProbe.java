package io.github.ratecard.packaging;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.EInvoiceParts;
import io.github.ratecard.einvoice.RuleSet;
import io.github.ratecard.einvoice.RuleSetResult;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.export.InvoiceDocument;
import io.github.ratecard.export.UblInvoiceWriter;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.invoice.LineVat;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.jira.PhiveValidator;
import io.github.ratecard.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an issued invoice (work at 19 %, an expense at 7 %) as UBL and checks it against the rule sets named (comma-separated), inside the OSGi framework:
 * {@link OsgiStartIT} defines this class in a loader whose parent is the Ratecard bundle's, so the writer, phive, ph-commons,
 * Saxon and JAXB are the bundle's own, with the service registrations the bundle carries. Returns each rule set's failed
 * rules, one line per rule set ("EN16931: []").
 */
public final class EInvoiceProbe implements Function<String, Object> {

    @Override
    public Object apply(String ruleSets) {
        byte[] ubl = ubl();
        PhiveValidator validator = new PhiveValidator();
        List<String> results = new ArrayList<>();
        for (String name : ruleSets.split(",")) {
            RuleSetResult result = validator.validate(ubl, RuleSet.valueOf(name));
            results.add(name + ": " + result.failures().stream().map(failure -> failure.toString()).toList());
        }
        return String.join("\n", results);
    }

    private static byte[] ubl() {
        Currency eur = Currency.getInstance("EUR");
        List<InvoiceLine> lines = List.of(new InvoiceLine(1, LineKind.WORK, "ISSUE:ACME-1@600000", "ACME-1 Onboarding", new BigDecimal("1.5"),
                new BigDecimal("60.0000"), Money.parse("90.00", "EUR"), 5400, 3),
                new InvoiceLine(2, LineKind.EXPENSE, "EXPENSE:7", "Printed handbooks", BigDecimal.ONE, new BigDecimal("30.05"), Money.parse("30.05", "EUR"),
                        0, 0).withVat(Optional.of(new LineVat("S", new BigDecimal("7"), ""))));
        Invoice invoice = new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, eur, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, new BigDecimal("19"), eur),
                Optional.of(new Issuance("ACME-2026-0001", LocalDate.parse("2026-11-05"), Instant.parse("2026-11-05T10:00:00Z"), "fiona",
                        Optional.empty())), Optional.empty());
        SellerEInvoicing seller = SellerEInvoicing.checked("DE89370400440532013000", "COBADEFFXXX", "9930", "DE811907980", "Accounts receivable",
                "+49 30 1234567", "invoices@ratecard-bpo.example");
        BuyerEInvoicing buyer = BuyerEInvoicing.checked("ACME", "ACME-BPO-2026", "PO-2026-0042", "9957", "FR40303265045", "", "", "", false);
        InvoiceDocument document = new InvoiceDocument(invoice, "Invoice",
                new InvoiceDocument.Party("Ratecard BPO GmbH", "DE", PartyDetails.NONE.with("", "Friedrichstraße 68", "Berlin", "10117", "DE811907980")),
                new InvoiceDocument.Party("Acme Corporation", "FR", PartyDetails.NONE.with("", "12 avenue de l'Opéra", "Paris", "75001", "FR40303265045")),
                30, ExportWords.ENGLISH, rows -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new UblInvoiceWriter(id -> "ACME-2026-0001", each -> new EInvoiceParts(seller, buyer)).write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
