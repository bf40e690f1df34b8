package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The utilisation report as CSV (RFC 4180, UTF-8, CRLF): hours to two decimals and percentages to
 * one, plain, with this writer's decimal sign; an empty cell where there is no figure. Optionally
 * with a byte-order mark and another separator, as German Excel reads it.
 */
public final class UtilisationCsvWriter implements UtilisationWriter {

    private final CsvTable table;

    public UtilisationCsvWriter(boolean byteOrderMark, char separator, char decimalSign) {
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
    public void write(List<UtilisationLine> lines, ExportWords words, OutputStream out) throws IOException {
        CSVPrinter csv = table.open(out, UtilisationWriter.heads(words));
        for (UtilisationLine line : lines) {
            csv.printRecord(SafeCell.text(line.label()), table.number(line.capacityHours()), table.number(line.loggedHours()),
                    table.number(line.billableHours()), table.number(line.utilisation()), table.number(line.billableUtilisation()),
                    table.number(line.target()), UtilisationWriter.state(line, words));
        }
        csv.flush();
    }
}
