package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The utilisation report as XLSX, streamed with POI's SXSSF: one sheet, a frozen header with an
 * auto-filter, hours and percentages as typed numbers (empty where there is no figure), texts
 * neutralised, the state in words and the rows under or over target in bold.
 */
public final class UtilisationXlsxWriter implements UtilisationWriter {

    private static final int WINDOW = 200;

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
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(boldFont);
            CellStyle hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle flagged = workbook.createCellStyle();
            flagged.setFont(boldFont);
            SXSSFSheet sheet = workbook.createSheet(XlsxInvoiceWriter.sheetName(words.text("ratecard.utilisation.title")));
            String[] heads = UtilisationWriter.heads(words);
            Row top = sheet.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                text(top, c, heads[c], head);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (UtilisationLine line : lines) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.label(), null);
                number(row, 1, line.capacityHours(), hours);
                number(row, 2, line.loggedHours(), hours);
                number(row, 3, line.billableHours(), hours);
                number(row, 4, line.utilisation(), percent);
                number(row, 5, line.billableUtilisation(), percent);
                number(row, 6, line.target(), percent);
                text(row, 7, UtilisationWriter.state(line, words), line.state() == null || line.state().equals("ON") ? null : flagged);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, heads.length - 1));
            sheet.setColumnWidth(0, 32 * 256);
            for (int c = 1; c < heads.length; c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeCell.text(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
