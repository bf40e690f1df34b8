package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The hints as CSV (RFC 4180, UTF-8, CRLF): every text neutralised, the money at stake plain with
 * this writer's decimal sign (empty where not priced), days as ISO dates. Optionally with a
 * byte-order mark and another separator, as German Excel reads it.
 */
public final class HintCsvWriter implements HintWriter {

    private final CsvTable table;

    public HintCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
        this.table = new CsvTable(byteOrderMark, separator, decimalSign);
    }

    @Override
    public String mediaType() {
        return CsvTable.MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(List<HintLine> lines, ExportWords words, OutputStream out) throws IOException {
        CSVPrinter csv = table.open(out, HintWriter.heads(words));
        for (HintLine line : lines) {
            csv.printRecord(SafeCell.text(line.rule()), SafeCell.text(line.state()), SafeCell.text(line.finding()), table.number(line.atStake()),
                    SafeCell.text(line.currency()), SafeCell.text(line.action()), SafeCell.text(line.account()), SafeCell.text(line.projects()),
                    line.firstSeen(), line.lastSeen(), SafeCell.text(line.dismissedBy()), SafeCell.text(line.reason()));
        }
        csv.flush();
    }
}
