package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The profitability report as CSV (RFC 4180, UTF-8): a header line, one line per row, then, after an empty line, the notes
 * (each in the first field of a line as wide as the table); texts neutralised, numbers plain.
 */
public final class MarginCsvWriter {

    private final CsvTable table;

    public MarginCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
        this.table = new CsvTable(byteOrderMark, separator, decimalSign);
    }

    public String mediaType() {
        return CsvTable.MEDIA_TYPE;
    }

    /** A line as wide as the table with {@code text} in its first field. */
    private static List<String> noteLine(String text, int width) {
        List<String> values = new ArrayList<>(java.util.Collections.nCopies(width, ""));
        values.set(0, text);
        return values;
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
        if (!sheet.notes().isEmpty()) {
            csv.printRecord(noteLine("", sheet.heads().size()));
            for (String note : sheet.notes()) {
                csv.printRecord(noteLine(SafeCell.text(note), sheet.heads().size()));
            }
        }
        csv.flush();
    }
}
