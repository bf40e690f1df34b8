package io.github.ratecard.rest;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.export.CsvInvoiceWriter;
import io.github.ratecard.export.DownloadName;
import io.github.ratecard.export.InvoiceDocument;
import io.github.ratecard.export.InvoiceWriter;
import io.github.ratecard.export.UblInvoiceWriter;
import io.github.ratecard.export.XlsxInvoiceWriter;
import io.github.ratecard.invoice.InvoiceStore;
import java.util.Locale;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * The export formats a download may ask for, and the download itself: streamed as it is written,
 * offered under a sanitised file name (RFC 6266) and never sniffed as another type.
 */
public final class ExportFormats {

    private final InvoiceStore invoices;
    private final io.github.ratecard.export.UblChecks ubl;

    public ExportFormats(InvoiceStore invoices) {
        this(invoices, null);
    }

    /** {@code ubl} writes e-invoices with their e-invoice terms; without it they carry none. */
    public ExportFormats(InvoiceStore invoices, io.github.ratecard.export.UblChecks ubl) {
        this.invoices = invoices;
        this.ubl = ubl;
    }

    /** {@code separator} and {@code decimal} shape a CSV file only: {@code semicolon} and {@code comma} as German Excel reads it. */
    InvoiceWriter writer(String format, boolean bom, String separator, String decimal) {
        String name = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "xlsx" -> new XlsxInvoiceWriter();
            case "csv" -> csv(bom, separator(separator), decimalSign(decimal));
            case "ubl" -> ubl != null ? ubl.writer() : new UblInvoiceWriter(id -> invoices.require(id).number().orElse(null));
            default -> throw new InvalidInputException("format", "format must be xlsx, csv or ubl, was: " + format);
        };
    }

    Response download(InvoiceWriter writer, InvoiceDocument document, String baseName) {
        String fileName = DownloadName.sanitize(baseName, writer.extension());
        StreamingOutput body = out -> writer.write(document, out);
        return Response.ok(body, writer.mediaType()).header("Content-Disposition", DownloadName.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /**
     * The UBL download with what the rule sets say of it, in the header {@value #EINVOICE_HEADER}: {@code VALID},
     * {@code INVALID; rules=<the failed rules' ids>}, or {@code LOADING}, {@code CHECKING} or {@code UNAVAILABLE} when
     * no answer came within {@link io.github.ratecard.export.UblChecks#PAGE_WAIT}. An invalid document is still
     * downloaded, as it was issued: the page and this header say it must not be sent.
     */
    Response withEInvoiceCheck(Response download, io.github.ratecard.invoice.Invoice invoice) {
        if (ubl == null) {
            return download;
        }
        io.github.ratecard.einvoice.EInvoiceCheck check = ubl.check(invoice, io.github.ratecard.export.UblChecks.PAGE_WAIT);
        String value = check.state().name();
        if (check.state() == io.github.ratecard.einvoice.EInvoiceCheck.State.INVALID) {
            value += "; rules=" + String.join(",", check.results().stream().flatMap(result -> result.errors().stream())
                    .map(rule -> rule.id().replaceAll("[^A-Za-z0-9._-]", "?")).distinct().toList());
        }
        return Response.fromResponse(download).header(EINVOICE_HEADER, value).build();
    }

    static final String EINVOICE_HEADER = "X-Ratecard-EInvoice";

    private static CsvInvoiceWriter csv(boolean bom, char separator, char decimalSign) {
        InvalidInputException.require(separator != decimalSign, "decimal", "The decimal sign must differ from the separator: with decimal=comma"
                + " choose separator=semicolon (or tab, pipe)");
        return new CsvInvoiceWriter(bom, separator, decimalSign);
    }

    static char separator(String separator) {
        String value = separator == null || separator.isEmpty() ? "," : separator.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "tab", "\\t" -> value = "\t";
            case "comma" -> value = ",";
            case "semicolon" -> value = ";";
            case "pipe" -> value = "|";
            default -> { }
        }
        InvalidInputException.require(value.length() == 1 && ",;|\t".contains(value), "separator",
                "separator must be comma, semicolon, pipe or tab (or , ; |), was: " + separator);
        return value.charAt(0);
    }

    static char decimalSign(String decimal) {
        String value = decimal == null || decimal.isBlank() ? "point" : decimal.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "point", "." -> '.';
            case "comma", "," -> ',';
            default -> throw new InvalidInputException("decimal", "decimal must be point or comma, was: " + decimal);
        };
    }
}
