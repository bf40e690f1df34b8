package io.github.ratecard.export;

import io.github.ratecard.invoice.RetainerFigures;
import io.github.ratecard.invoice.RetainerStatement;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A client's retainer statement as XLSX, in the account's language: the client and period, the balance (opening,
 * prepaid, used, overage, expired, rolled over, closing, in hours), then the hours used per issue with the invoice
 * that billed them. Hours are typed numbers; texts are neutralised; the sheet name is cleaned and cut to 31 characters.
 */
public final class StatementXlsxWriter {

    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    public String extension() {
        return "xlsx";
    }

    public void write(RetainerStatement statement, OutputStream out) throws IOException {
        ExportWords words = ExportWords.of(Locale.forLanguageTag(statement.language()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            CellStyle hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Sheet sheet = workbook.createSheet(XlsxInvoiceWriter.sheetName(statement.accountKey() + " " + statement.periodName()));
            int r = 0;
            text(sheet.createRow(r++), 0, words.text("ratecard.statement.title", statement.clientName(), statement.periodName()), head);
            r = fact(sheet, r, words.text("ratecard.statement.account"), statement.clientName(), head);
            r = fact(sheet, r, words.text("ratecard.statement.period"), statement.periodName(), head);
            if (statement.balance().isEmpty()) {
                text(sheet.createRow(r), 0, words.text("ratecard.statement.noRetainer", statement.periodName()), null);
                workbook.write(out);
                return;
            }
            r++;
            RetainerFigures balance = statement.balance().get();
            String[] keys = {"opening", "prepaid", "used", "overage", "expired", "rolledOver", "closing"};
            long[] seconds = {balance.openingSeconds(), balance.prepaidSeconds(), balance.usedSeconds(), balance.overageSeconds(),
                balance.expiredSeconds(), balance.rolledOverSeconds(), balance.closingSeconds()};
            for (int i = 0; i < keys.length; i++) {
                Row row = sheet.createRow(r++);
                text(row, 0, words.text("ratecard.contract.balance." + keys[i]), head);
                hours(row, 1, seconds[i], hours);
            }
            r++;
            Row heads = sheet.createRow(r++);
            List<String> columns = List.of("ratecard.statement.issue", "ratecard.statement.summary", "ratecard.statement.hours",
                    "ratecard.statement.invoice");
            for (int c = 0; c < columns.size(); c++) {
                text(heads, c, words.text(columns.get(c)), head);
            }
            for (RetainerStatement.IssueHours issue : statement.issues()) {
                Row row = sheet.createRow(r++);
                text(row, 0, issue.issueKey(), null);
                text(row, 1, issue.summary(), null);
                hours(row, 2, issue.seconds(), hours);
                text(row, 3, issue.invoiceNumber().orElse(words.text("ratecard.statement.notInvoiced")), null);
            }
            Row total = sheet.createRow(r);
            text(total, 1, words.text("ratecard.statement.total"), head);
            hours(total, 2, statement.totalSeconds(), hours);
            int[] widths = {22, 50, 12, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static int fact(Sheet sheet, int r, String label, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, label, style);
        text(row, 1, value, null);
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeCell.text(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void hours(Row row, int column, long seconds, CellStyle style) {
        Cell cell = row.createCell(column);
        // a spreadsheet cell holds a binary double; hours to four decimals are exact enough for people
        cell.setCellValue(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP).doubleValue());
        cell.setCellStyle(style);
    }
}
