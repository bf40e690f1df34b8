package io.github.ratecard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The profitability report as CSV (RFC 4180, UTF-8): a header line, then one line per row; texts neutralised, numbers plain. */
public final class MarginCsvWriter {

    private final boolean byteOrderMark;
    private final char separator;
    private final char decimalSign;

    public MarginCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
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

    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    public void write(MarginSheet sheet, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        String[] heads = sheet.heads().stream().map(SafeCell::text).toArray(String[]::new);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").setHeader(heads).get());
        for (List<MarginSheet.Cell> line : sheet.lines()) {
            List<String> values = new ArrayList<>(line.size());
            for (MarginSheet.Cell cell : line) {
                values.add(cell.number() != null ? decimal(cell.number().toPlainString()) : cell.text() == null ? "" : SafeCell.text(cell.text()));
            }
            csv.printRecord(values);
        }
        csv.flush();
    }

    private String decimal(String plain) {
        return decimalSign == '.' ? plain : plain.replace('.', decimalSign);
    }
}
