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
 * amounts add up to the subtotal. Optionally with a byte-order mark for Excel, another separator and a
 * decimal comma ({@code ;} and {@code 7,5}, as German Excel reads numbers). Numbers are plain decimals
 * without digit groups. The Line column names the invoice line a row adds to by its text, never by its
 * internal key.
 */
public final class CsvInvoiceWriter implements InvoiceWriter {

    /** The columns, in the document's language. */
    static String[] heads(ExportWords words) {
        return new String[] {words.text("ratecard.export.invoiceColumn"), words.text("ratecard.export.date"), words.text("ratecard.export.issue"),
            words.text("ratecard.export.summary"), words.text("ratecard.export.author"), words.text("ratecard.export.level"),
            words.text("ratecard.export.workedHours"), words.text("ratecard.export.billedHours"), words.text("ratecard.export.rate"),
            words.text("ratecard.export.amount"), words.text("ratecard.export.currency"), words.text("ratecard.export.line")};
    }

    private final boolean byteOrderMark;
    private final char separator;
    private final char decimalSign;

    /** With a decimal point. */
    public CsvInvoiceWriter(boolean byteOrderMark, char separator) {
        this(byteOrderMark, separator, '.');
    }

    public CsvInvoiceWriter(boolean byteOrderMark, char separator, char decimalSign) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("A CSV separator cannot be a quote or a line break");
        }
        if (decimalSign != '.' && decimalSign != ',' || decimalSign == separator) {
            throw new IllegalArgumentException("The decimal sign is a point or a comma other than the separator");
        }
        this.byteOrderMark = byteOrderMark;
        this.separator = separator;
        this.decimalSign = decimalSign;
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
        String number = invoice.number().orElse(document.words().text("ratecard.export.draftNumber"));
        String currency = invoice.currency().getCurrencyCode();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").setHeader(heads(document.words())).get();
        CSVPrinter csv = new CSVPrinter(writer, format);
        // values that repeat from row to row (days, billed times in steps, rates) are formatted once
        Texts<java.time.LocalDate> days = new Texts<>(java.time.LocalDate::toString);
        Texts<Long> hours = new Texts<>(seconds -> decimal(hours(seconds)));
        Texts<BigDecimal> rates = new Texts<>(rate -> decimal(rate.stripTrailingZeros().toPlainString()));
        java.util.Map<String, String> lineTexts = new java.util.HashMap<>();
        invoice.lines().forEach(line -> lineTexts.put(line.groupKey(), SafeCell.text(line.text())));
        int digits = Math.max(0, invoice.currency().getDefaultFractionDigits());
        String safeNumber = SafeCell.text(number);
        try {
            document.details().accept(work -> record(csv, safeNumber, days.of(work.workDate()), SafeCell.text(work.issueKey()),
                    SafeCell.text(work.issueSummary()), SafeCell.text(work.authorName()), SafeCell.text(work.levelName()),
                    hours.of(work.workedSeconds()), hours.of(work.billedSeconds()), rates.of(work.rate()),
                    decimal(PlainNumber.of(work.amount().minorUnits(), digits, false)), currency, lineTexts.getOrDefault(work.lineKey(), "")));
            for (InvoiceLine line : invoice.lines()) {
                if (line.kind() != LineKind.WORK) {
                    String text = SafeCell.text(line.text());
                    record(csv, safeNumber, "", "", text, "", "", "", decimal(line.quantity().toPlainString()),
                            decimal(line.unitPrice().toPlainString()), decimal(line.amount().toDecimal().toPlainString()), currency, text);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    /** Formatted values remembered, up to a bound, for values that repeat. */
    private static final class Texts<T> {
        private static final int MAX = 10_000;
        private final java.util.function.Function<T, String> format;
        private final java.util.HashMap<T, String> known = new java.util.HashMap<>();

        Texts(java.util.function.Function<T, String> format) {
            this.format = format;
        }

        String of(T value) {
            String text = known.get(value);
            if (text == null) {
                text = format.apply(value);
                if (known.size() < MAX) {
                    known.put(value, text);
                }
            }
            return text;
        }
    }

    private static void record(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain decimal with this writer's decimal sign. */
    private String decimal(String plain) {
        return decimalSign == '.' ? plain : plain.replace('.', decimalSign);
    }

    /** Hours to four decimals, half-up, trailing zeros dropped: exact long arithmetic, as a million rows call it. */
    static String hours(long seconds) {
        long tenThousandths = seconds >= 0 ? (seconds * 10_000 + 1800) / 3600 : -((-seconds * 10_000 + 1800) / 3600);
        return PlainNumber.of(tenThousandths, 4, true);
    }
}
