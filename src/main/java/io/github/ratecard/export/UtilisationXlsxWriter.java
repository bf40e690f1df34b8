package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The utilisation report as XLSX, streamed with POI's SXSSF: one sheet, a frozen header with an
 * auto-filter, hours and percentages as typed numbers (empty where there is no figure), texts
 * neutralised, the state in words and the rows under or over target in bold.
 */
public final class UtilisationXlsxWriter implements UtilisationWriter {

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(List<UtilisationLine> lines, ExportWords words, OutputStream out) throws IOException {
        String[] heads = UtilisationWriter.heads(words);
        try (XlsxTable table = new XlsxTable(words.text("ratecard.utilisation.title"), heads)) {
            CellStyle hours = table.format("0.00");
            CellStyle percent = table.format("0.0");
            CellStyle flagged = table.bold();
            for (UtilisationLine line : lines) {
                Row row = table.row();
                XlsxTable.text(row, 0, line.label(), null);
                XlsxTable.number(row, 1, line.capacityHours(), hours);
                XlsxTable.number(row, 2, line.loggedHours(), hours);
                XlsxTable.number(row, 3, line.billableHours(), hours);
                XlsxTable.number(row, 4, line.utilisation(), percent);
                XlsxTable.number(row, 5, line.billableUtilisation(), percent);
                XlsxTable.number(row, 6, line.target(), percent);
                XlsxTable.text(row, 7, UtilisationWriter.state(line, words), line.state() == null || line.state().equals("ON") ? null : flagged);
            }
            int[] widths = new int[heads.length];
            Arrays.fill(widths, 14);
            widths[0] = 32;
            table.widths(widths);
            table.write(out);
        }
    }
}
