package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The hints as XLSX, streamed with POI's SXSSF: one sheet, a frozen header with an auto-filter, the
 * money at stake as a typed number (no cell where not priced), days as dates, texts neutralised.
 */
public final class HintXlsxWriter implements HintWriter {

    private static final int[] WIDTHS = {24, 12, 60, 14, 9, 48, 12, 16, 12, 12, 20, 40};

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(List<HintLine> lines, ExportWords words, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable(words.text("ratecard.hints.title"), HintWriter.heads(words))) {
            CellStyle money = table.format("#,##0.00;-#,##0.00");
            CellStyle day = table.format("yyyy-mm-dd");
            for (HintLine line : lines) {
                Row row = table.row();
                XlsxTable.text(row, 0, line.rule(), null);
                XlsxTable.text(row, 1, line.state(), null);
                XlsxTable.text(row, 2, line.finding(), null);
                XlsxTable.number(row, 3, line.atStake(), money);
                XlsxTable.text(row, 4, line.currency(), null);
                XlsxTable.text(row, 5, line.action(), null);
                XlsxTable.text(row, 6, line.account(), null);
                XlsxTable.text(row, 7, line.projects(), null);
                XlsxTable.date(row, 8, line.firstSeen(), day);
                XlsxTable.date(row, 9, line.lastSeen(), day);
                XlsxTable.text(row, 10, line.dismissedBy(), null);
                XlsxTable.text(row, 11, line.reason(), null);
            }
            table.widths(WIDTHS);
            table.write(out);
        }
    }
}
