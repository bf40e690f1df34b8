package io.github.ratecard.export;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Invoices as XLSX, streamed with POI's SXSSF (a window of rows in memory, the rest in a temporary
 * file that is removed afterwards): an invoice sheet (client, number, dates, lines, subtotal, tax,
 * total) and a detail sheet with one row per worklog. Numbers and dates are typed cells with the
 * invoice currency's format; the detail sheet has a frozen header and an auto-filter; texts are
 * neutralised; sheet names are cleaned and at most 31 characters.
 */
public final class XlsxInvoiceWriter implements InvoiceWriter {

    private static final int WINDOW = 200;
    /** The detail sheet's columns, in the document's language. */
    static String[] detailHeads(ExportWords words) {
        return new String[] {words.text("ratecard.export.date"), words.text("ratecard.export.issue"), words.text("ratecard.export.summary"),
            words.text("ratecard.export.author"), words.text("ratecard.export.level"), words.text("ratecard.export.workedHours"),
            words.text("ratecard.export.billedHours"), words.text("ratecard.export.rate"), words.text("ratecard.export.amount")};
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(InvoiceDocument document, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook, document.invoice());
            invoiceSheet(workbook, document, styles);
            detailSheet(workbook, document, styles);
            workbook.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workbook.close();
        }
    }

    /** A sheet name Excel accepts: no {@code : \ / ? * [ ]}, at most 31 characters. */
    static String sheetName(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Invoice" : name, '_');
    }

    private static void invoiceSheet(SXSSFWorkbook workbook, InvoiceDocument document, Styles styles) {
        Invoice invoice = document.invoice();
        ExportWords words = document.words();
        Sheet sheet = workbook.createSheet(sheetName(invoice.number().orElse(document.title())));
        int r = 0;
        text(sheet.createRow(r++), 0, document.title(), styles.title);
        r = fact(sheet, r, words.text("ratecard.export.client"), document.buyer().name(), styles);
        String address = String.join(", ", java.util.stream.Stream.of(document.buyer().details().street(), document.buyer().details().postalCode()
                + " " + document.buyer().details().city(), document.buyer().countryCode()).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (!document.buyer().details().street().isEmpty() || !document.buyer().details().city().isEmpty()) {
            r = fact(sheet, r, words.text("ratecard.export.address"), address, styles);
        }
        if (!document.buyer().details().vatId().isEmpty()) {
            r = fact(sheet, r, words.text("ratecard.export.clientVat"), document.buyer().details().vatId(), styles);
        }
        r = fact(sheet, r, words.text("ratecard.export.number"), invoice.number().orElse(words.text("ratecard.export.draftNumber")), styles);
        if (invoice.issuance().isPresent()) {
            Row row = sheet.createRow(r++);
            text(row, 0, words.text("ratecard.export.issueDate"), styles.bold);
            date(row, 1, invoice.issuance().get().date(), styles.date);
        }
        if (document.dueDate().isPresent() && invoice.kind() == io.github.ratecard.invoice.InvoiceKind.INVOICE) {
            Row row = sheet.createRow(r++);
            text(row, 0, words.text("ratecard.export.dueDate"), styles.bold);
            date(row, 1, document.dueDate().get(), styles.date);
        }
        Row period = sheet.createRow(r++);
        text(period, 0, words.text("ratecard.export.period"), styles.bold);
        date(period, 1, invoice.header().period().first(), styles.date);
        date(period, 2, invoice.header().period().last(), styles.date);
        r = fact(sheet, r, words.text("ratecard.export.currency"), invoice.currency().getCurrencyCode(), styles);
        if (document.note() != null) {
            r = fact(sheet, r, words.text("ratecard.export.note"), document.note(), styles);
        }
        r++;
        Row heads = sheet.createRow(r++);
        boolean rates = invoice.totals().severalRates();
        String[] lineHeads = rates ? new String[] {words.text("ratecard.export.line"), words.text("ratecard.export.quantity"),
            words.text("ratecard.export.unitPrice"), words.text("ratecard.export.amount"), words.text("ratecard.export.vatPercent")}
            : new String[] {words.text("ratecard.export.line"), words.text("ratecard.export.quantity"), words.text("ratecard.export.unitPrice"),
                words.text("ratecard.export.amount")};
        for (int c = 0; c < lineHeads.length; c++) {
            text(heads, c, lineHeads[c], styles.head);
        }
        for (InvoiceLine line : invoice.lines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.text(), null);
            number(row, 1, line.quantity(), styles.hours);
            number(row, 2, line.unitPrice(), styles.rate);
            number(row, 3, line.amount().toDecimal(), styles.money);
            if (rates) {
                number(row, 4, line.vat().map(io.github.ratecard.invoice.LineVat::percent).orElse(invoice.totals().taxPercent()), styles.rate);
            }
        }
        r = total(sheet, r, words.text("ratecard.export.subtotal"), invoice.totals().subtotal(), styles);
        if (invoice.totals().severalRates()) {
            for (io.github.ratecard.invoice.VatSubtotal group : invoice.vatBreakdown()) {
                r = total(sheet, r, words.text("ratecard.export.taxOn", group.percent().stripTrailingZeros().toPlainString(),
                        group.taxable().toDecimal().toPlainString()) + (group.reason().isEmpty() ? "" : " (" + group.reason() + ")"), group.tax(), styles);
            }
        } else {
            r = total(sheet, r, words.text("ratecard.export.tax", invoice.totals().taxPercent().stripTrailingZeros().toPlainString()), invoice.totals().tax(),
                    styles);
        }
        total(sheet, r, words.text("ratecard.export.total"), invoice.totals().total(), styles);
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c <= 4; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void detailSheet(SXSSFWorkbook workbook, InvoiceDocument document, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(document.words().text("ratecard.export.detail")));
        Row heads = sheet.createRow(0);
        String[] detailHeads = detailHeads(document.words());
        for (int c = 0; c < detailHeads.length; c++) {
            text(heads, c, detailHeads[c], styles.head);
        }
        sheet.createFreezePane(0, 1);
        int[] next = {1};
        document.details().accept(work -> {
            Row row = sheet.createRow(next[0]++);
            date(row, 0, work.workDate(), styles.date);
            text(row, 1, work.issueKey(), null);
            text(row, 2, work.issueSummary(), null);
            text(row, 3, work.authorName(), null);
            text(row, 4, work.levelName(), null);
            number(row, 5, hours(work.workedSeconds()), styles.hours);
            number(row, 6, hours(work.billedSeconds()), styles.hours);
            number(row, 7, work.rate(), styles.rate);
            number(row, 8, work.amount().toDecimal(), styles.money);
        });
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, detailHeads.length - 1));
        int[] widths = {12, 12, 50, 24, 14, 11, 11, 12, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static int fact(Sheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.bold);
        text(row, 1, value, null);
        return r + 1;
    }

    private static int total(Sheet sheet, int r, String label, Money amount, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 2, label, styles.bold);
        number(row, 3, amount.toDecimal(), styles.moneyBold);
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeCell.text(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        // a spreadsheet cell holds a binary double; the exact figures are the invoice's own
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate day, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
    }

    /** The cell styles of one workbook, with the invoice currency's number format. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle head;
        final CellStyle date;
        final CellStyle hours;
        final CellStyle rate;
        final CellStyle money;
        final CellStyle moneyBold;

        Styles(SXSSFWorkbook workbook, Invoice invoice) {
            DataFormat formats = workbook.createDataFormat();
            int digits = Math.max(0, invoice.currency().getDefaultFractionDigits());
            String code = invoice.currency().getCurrencyCode();
            String moneyFormat = "#,##0" + (digits == 0 ? "" : "." + "0".repeat(digits)) + " \"" + code + "\";-#,##0"
                    + (digits == 0 ? "" : "." + "0".repeat(digits)) + " \"" + code + "\"";
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            head = workbook.createCellStyle();
            head.setFont(boldFont);
            head.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
            hours = workbook.createCellStyle();
            hours.setDataFormat(formats.getFormat("0.00"));
            rate = workbook.createCellStyle();
            rate.setDataFormat(formats.getFormat("#,##0.00##"));
            money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat(moneyFormat));
            moneyBold = workbook.createCellStyle();
            moneyBold.setDataFormat(formats.getFormat(moneyFormat));
            moneyBold.setFont(boldFont);
        }
    }
}
