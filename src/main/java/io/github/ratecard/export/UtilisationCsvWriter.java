package io.github.ratecard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The utilisation report as CSV (RFC 4180, UTF-8, CRLF): hours to two decimals and percentages to
 * one, plain, with this writer's decimal sign; an empty cell where there is no figure. Optionally
 * with a byte-order mark and another separator, as German Excel reads it.
 */
public final class UtilisationCsvWriter implements UtilisationWriter {

    private final boolean byteOrderMark;
    private final char separator;
    private final char decimalSign;

    public UtilisationCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
        if (separator == '"' || separator == '\r' || separator == '\n' || decimalSign == separator) {
            throw new IllegalArgumentException("A CSV separator is no quote, no line break and no decimal sign");
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
    public void write(List<UtilisationLine> lines, ExportWords words, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n")
                .setHeader(UtilisationWriter.heads(words)).get());
        for (UtilisationLine line : lines) {
            csv.printRecord(SafeCell.text(line.label()), number(line.capacityHours()), number(line.loggedHours()), number(line.billableHours()),
                    number(line.utilisation()), number(line.billableUtilisation()), number(line.target()), UtilisationWriter.state(line, words));
        }
        csv.flush();
    }

    private String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return decimalSign == '.' ? plain : plain.replace('.', decimalSign);
    }
}
