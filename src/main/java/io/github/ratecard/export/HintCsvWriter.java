package io.github.ratecard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The hints as CSV (RFC 4180, UTF-8, CRLF): every text neutralised, the money at stake plain with
 * this writer's decimal sign (empty where not priced), days as ISO dates. Optionally with a
 * byte-order mark and another separator, as German Excel reads it.
 */
public final class HintCsvWriter implements HintWriter {

    private final boolean byteOrderMark;
    private final char separator;
    private final char decimalSign;

    public HintCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
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
    public void write(List<HintLine> lines, ExportWords words, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n")
                .setHeader(HintWriter.heads(words)).get());
        for (HintLine line : lines) {
            csv.printRecord(SafeCell.text(line.rule()), SafeCell.text(line.state()), SafeCell.text(line.finding()), money(line),
                    SafeCell.text(line.currency()), SafeCell.text(line.action()), SafeCell.text(line.account()), SafeCell.text(line.projects()),
                    line.firstSeen(), line.lastSeen(), SafeCell.text(line.dismissedBy()), SafeCell.text(line.reason()));
        }
        csv.flush();
    }

    private String money(HintLine line) {
        if (line.atStake() == null) {
            return "";
        }
        String plain = line.atStake().toPlainString();
        return decimalSign == '.' ? plain : plain.replace('.', decimalSign);
    }
}
