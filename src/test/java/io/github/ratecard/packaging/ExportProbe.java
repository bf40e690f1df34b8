package io.github.ratecard.packaging;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.export.CsvInvoiceWriter;
import io.github.ratecard.export.InvoiceDocument;
import io.github.ratecard.export.InvoiceWriter;
import io.github.ratecard.export.XlsxInvoiceWriter;
import io.github.ratecard.invoice.Invoice;
import java.util.Optional;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.apache.logging.log4j.Logger;
import org.apache.poi.logging.PoiLogManager;

/**
 * Runs the app's exports inside the OSGi framework: {@link OsgiStartIT} defines this class in a loader
 * whose parent is the Ratecard bundle's, so every class it names (the app's, POI's, log4j-api's) is the
 * bundle's. Only java.* crosses the boundary: the format in, the bytes (or the class of POI's logger) out.
 */
public final class ExportProbe implements Function<String, Object> {

    @Override
    public Object apply(String what) {
        switch (what) {
            case "xlsx":
                return write(new XlsxInvoiceWriter());
            case "csv":
                return write(new CsvInvoiceWriter(false, ','));
            case "log":
                // POI's own way to its logger, which falls back to a silent one when log4j-api fails
                Logger logger = PoiLogManager.getLogger(ExportProbe.class);
                logger.info("POI logging from inside the bundle");
                return logger.getClass().getName();
            default:
                throw new IllegalArgumentException(what);
        }
    }

    private static byte[] write(InvoiceWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(document(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One hour on ACME-1 at 60.00 EUR, one worklog. */
    private static InvoiceDocument document() {
        Currency eur = Currency.getInstance("EUR");
        List<InvoiceLine> lines = List.of(new InvoiceLine(1, LineKind.WORK, "ISSUE:ACME-1@600000", "ACME-1 Onboarding", new BigDecimal("1.00"),
                new BigDecimal("60.0000"), Money.parse("60.00", "EUR"), 3600, 1));
        Invoice invoice = new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, eur, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, new BigDecimal("19"), eur),
                Optional.of(new Issuance("ACME-2026-0001", LocalDate.parse("2026-11-05"), Instant.parse("2026-11-05T10:00:00Z"), "fiona",
                        Optional.empty())), Optional.empty());
        InvoicedWork work = new InvoicedWork(11, 1, "ISSUE:ACME-1@600000", LocalDate.parse("2026-10-05"), "ACME-1", "Onboarding", "Ana Okafor",
                "Agent L1", 3600, 3600, new BigDecimal("60.0000"), Money.parse("60.00", "EUR"));
        return new InvoiceDocument(invoice, "Invoice ACME-2026-0001", new InvoiceDocument.Party("Ratecard BPO", "DE"),
                new InvoiceDocument.Party("Acme Corporation", "DE"), rows -> rows.accept(work));
    }
}
