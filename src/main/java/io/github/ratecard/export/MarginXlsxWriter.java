package io.github.ratecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The profitability report as XLSX: one sheet with a frozen header and an auto-filter over the table, then its notes after an
 * empty row, outside the filter; numbers are typed cells, texts neutralised.
 */
public final class MarginXlsxWriter {

    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    public void write(MarginSheet sheet, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet table = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.title(), '_'));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
            Row heads = table.createRow(0);
            for (int c = 0; c < sheet.heads().size(); c++) {
                Cell cell = heads.createCell(c);
                cell.setCellValue(SafeCell.text(sheet.heads().get(c)));
                cell.setCellStyle(head);
            }
            table.createFreezePane(0, 1);
            int r = 1;
            for (List<MarginSheet.Cell> line : sheet.lines()) {
                Row row = table.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    MarginSheet.Cell value = line.get(c);
                    if (value.number() != null) {
                        Cell cell = row.createCell(c);
                        // a spreadsheet cell holds a binary double; the exact figures are the report's own
                        cell.setCellValue(value.number().doubleValue());
                        cell.setCellStyle(number);
                    } else if (value.text() != null) {
                        row.createCell(c).setCellValue(SafeCell.text(value.text()));
                    }
                }
            }
            table.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, sheet.heads().size() - 1));
            r++;
            for (String note : sheet.notes()) {
                table.createRow(r++).createCell(0).setCellValue(SafeCell.text(note));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
