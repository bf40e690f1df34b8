package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** The profitability report as CSV (RFC 4180, UTF-8): a header line, then one line per row; texts neutralised, numbers plain. */
public final class MarginCsvWriter {

    private final CsvTable table;

    public MarginCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
        this.table = new CsvTable(byteOrderMark, separator, decimalSign);
    }

    public String mediaType() {
        return CsvTable.MEDIA_TYPE;
    }

    public void write(MarginSheet sheet, OutputStream out) throws IOException {
        CSVPrinter csv = table.open(out, sheet.heads().stream().map(SafeCell::text).toArray(String[]::new));
        for (List<MarginSheet.Cell> line : sheet.lines()) {
            List<String> values = new ArrayList<>(line.size());
            for (MarginSheet.Cell cell : line) {
                values.add(cell.number() != null ? table.number(cell.number()) : cell.text() == null ? "" : SafeCell.text(cell.text()));
            }
            csv.printRecord(values);
        }
        csv.flush();
    }
}
