package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The hints as XLSX, streamed with POI's SXSSF: one sheet, a frozen header with an auto-filter, the
 * money at stake as a typed number (no cell where not priced), days as dates, texts neutralised.
 */
public final class HintXlsxWriter implements HintWriter {

    private static final int WINDOW = 200;
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(boldFont);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet sheet = workbook.createSheet(XlsxInvoiceWriter.sheetName(words.text("ratecard.hints.title")));
            String[] heads = HintWriter.heads(words);
            Row top = sheet.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                text(top, c, heads[c]).setCellStyle(head);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (HintLine line : lines) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.rule());
                text(row, 1, line.state());
                text(row, 2, line.finding());
                if (line.atStake() != null) {
                    Cell cell = row.createCell(3);
                    cell.setCellValue(line.atStake().doubleValue());
                    cell.setCellStyle(money);
                }
                text(row, 4, line.currency());
                text(row, 5, line.action());
                text(row, 6, line.account());
                text(row, 7, line.projects());
                date(row, 8, line.firstSeen(), day);
                date(row, 9, line.lastSeen(), day);
                text(row, 10, line.dismissedBy());
                text(row, 11, line.reason());
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, heads.length - 1));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeCell.text(value));
        return cell;
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
