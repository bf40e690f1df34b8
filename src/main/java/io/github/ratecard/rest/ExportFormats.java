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

    public ExportFormats(InvoiceStore invoices) {
        this.invoices = invoices;
    }

    InvoiceWriter writer(String format, boolean bom, String separator) {
        String name = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "xlsx" -> new XlsxInvoiceWriter();
            case "csv" -> new CsvInvoiceWriter(bom, separator(separator));
            case "ubl" -> new UblInvoiceWriter(id -> invoices.require(id).number().orElse(null));
            default -> throw new InvalidInputException("format", "format must be xlsx, csv or ubl, was: " + format);
        };
    }

    Response download(InvoiceWriter writer, InvoiceDocument document, String baseName) {
        String fileName = DownloadName.sanitize(baseName, writer.extension());
        StreamingOutput body = out -> writer.write(document, out);
        return Response.ok(body, writer.mediaType()).header("Content-Disposition", DownloadName.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    private static char separator(String separator) {
        String value = separator == null || separator.isEmpty() ? "," : separator;
        if (value.equals("tab") || value.equals("\\t")) {
            return '\t';
        }
        InvalidInputException.require(value.length() == 1 && ",;|\t".contains(value), "separator", "separator must be , ; | or tab, was: " + separator);
        return value.charAt(0);
    }
}
