package io.github.ratecard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How the reports' CSV files are written: RFC 4180, UTF-8, CRLF; optionally with a byte-order mark,
 * another separator and a decimal comma, as German Excel reads them; numbers plain, an empty cell
 * where there is none.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private final boolean byteOrderMark;
    private final char separator;
    private final char decimalSign;

    public CsvTable(boolean byteOrderMark, char separator, char decimalSign) {
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

    /** A printer on {@code out} that has written the mark (if asked) and the header line; flush it when done. */
    public CSVPrinter open(OutputStream out, String[] heads) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").setHeader(heads).get());
    }

    /** The number plain with this table's decimal sign; empty for none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return decimalSign == '.' ? plain : plain.replace('.', decimalSign);
    }
}
