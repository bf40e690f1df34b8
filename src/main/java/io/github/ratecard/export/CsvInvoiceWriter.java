package io.github.ratecard.export;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.LineKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Invoices as CSV (RFC 4180, UTF-8, CRLF, written with Apache Commons CSV): one record per worklog
 * billed, then one per line that is not work (expenses, adjustments, finance's own lines), so the
 * amounts add up to the subtotal. Optionally with a byte-order mark for Excel and another separator
 * (e.g. {@code ;} where the comma is the decimal sign). Numbers are plain decimals with a point.
 */
public final class CsvInvoiceWriter implements InvoiceWriter {

    static final String[] HEADS = {"Invoice", "Date", "Issue", "Summary", "Author", "Level", "Worked hours", "Billed hours", "Rate", "Amount",
        "Currency", "Line"};

    private final boolean byteOrderMark;
    private final char separator;

    public CsvInvoiceWriter(boolean byteOrderMark, char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("A CSV separator cannot be a quote or a line break");
        }
        this.byteOrderMark = byteOrderMark;
        this.separator = separator;
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(InvoiceDocument document, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        Invoice invoice = document.invoice();
        String number = invoice.number() == null ? "draft" : invoice.number();
        String currency = invoice.currency().getCurrencyCode();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").setHeader(HEADS).get();
        CSVPrinter csv = new CSVPrinter(writer, format);
        java.util.Map<BigDecimal, String> rates = new java.util.HashMap<>();
        try {
            document.details().accept(work -> record(csv, SafeCell.text(number), work.workDate().toString(), SafeCell.text(work.issueKey()),
                    SafeCell.text(work.issueSummary()), SafeCell.text(work.authorName()), SafeCell.text(work.levelName()),
                    hours(work.workedSeconds()), hours(work.billedSeconds()), rates.computeIfAbsent(work.rate(), r -> r.stripTrailingZeros().toPlainString()),
                    PlainNumber.of(work.amount().minorUnits(), Math.max(0, work.amount().currency().getDefaultFractionDigits()), false), currency,
                    SafeCell.text(work.lineKey())));
            for (InvoiceLine line : invoice.lines()) {
                if (line.kind() != LineKind.WORK) {
                    record(csv, SafeCell.text(number), "", "", SafeCell.text(line.text()), "", "", "", line.quantity().toPlainString(),
                            line.unitPrice().toPlainString(), line.amount().toDecimal().toPlainString(), currency, SafeCell.text(line.groupKey()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void record(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hours to four decimals, half-up, trailing zeros dropped: exact long arithmetic, as a million rows call it. */
    static String hours(long seconds) {
        long tenThousandths = seconds >= 0 ? (seconds * 10_000 + 1800) / 3600 : -((-seconds * 10_000 + 1800) / 3600);
        return PlainNumber.of(tenThousandths, 4, true);
    }
}
