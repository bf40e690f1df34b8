package io.github.ratecard.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of a report as XLSX, streamed with POI's SXSSF: a bold header row, frozen, with an
 * auto-filter over the rows written; texts neutralised, numbers and days typed, no cell where
 * there is no figure.
 */
public final class XlsxTable implements Closeable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final Font bold;
    private final int columns;
    private int next = 1;

    public XlsxTable(String title, String[] heads) {
        workbook.setCompressTempFiles(true);
        bold = workbook.createFont();
        bold.setBold(true);
        CellStyle head = bold();
        sheet = workbook.createSheet(XlsxInvoiceWriter.sheetName(title));
        Row top = sheet.createRow(0);
        for (int c = 0; c < heads.length; c++) {
            text(top, c, heads[c], head);
        }
        sheet.createFreezePane(0, 1);
        columns = heads.length;
    }

    /** A style showing numbers or days in the Excel format {@code pattern}. */
    public CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** A style in bold. */
    public CellStyle bold() {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    /** The next row below the ones written. */
    public Row row() {
        return sheet.createRow(next++);
    }

    /** Column widths in characters, from the first column on. */
    public void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** Writes the workbook with the filter over every row written. */
    public void write(OutputStream out) throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    public static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeCell.text(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    public static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    public static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
