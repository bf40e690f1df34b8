package io.github.ratecard.bench;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.export.CsvInvoiceWriter;
import io.github.ratecard.export.InvoiceDocument;
import io.github.ratecard.export.XlsxInvoiceWriter;
import io.github.ratecard.invoice.Invoice;
import java.util.Optional;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export figures: the app's XLSX writer against POI's SXSSF writing the same cells directly,
 * and the app's CSV writer against a plain buffered writer writing the same text, each over the
 * same generated detail rows (one per worklog) into a file under target/bench, within the
 * benchmark's 256 MiB heap.
 */
final class ExportFigures {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate FIRST = LocalDate.parse("2026-01-01");

    private final int rows;
    private final Path folder;

    ExportFigures(int rows, Path folder) {
        this.rows = rows;
        this.folder = folder;
    }

    /** Seconds the app's XLSX writer takes, and the file's size. */
    double[] appXlsx() throws IOException {
        return timed("app.xlsx", out -> new XlsxInvoiceWriter().write(document(), out));
    }

    /** Seconds POI's SXSSF takes for the same detail cells (and the one invoice line), and the file's size. */
    double[] rawXlsx() throws IOException {
        return timed("raw.xlsx", out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(200);
            workbook.setCompressTempFiles(true);
            try {
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                CellStyle number = workbook.createCellStyle();
                number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
                workbook.createSheet("Invoice").createRow(0).createCell(0).setCellValue("Invoice");
                SXSSFSheet sheet = workbook.createSheet("Detail");
                int[] next = {1};
                sheet.createRow(0).createCell(0).setCellValue("Date");
                details().accept(work -> {
                    Row row = sheet.createRow(next[0]++);
                    Cell day = row.createCell(0);
                    day.setCellValue(work.workDate());
                    day.setCellStyle(date);
                    row.createCell(1).setCellValue(work.issueKey());
                    row.createCell(2).setCellValue(work.issueSummary());
                    row.createCell(3).setCellValue(work.authorName());
                    row.createCell(4).setCellValue(work.levelName());
                    for (int c = 5; c <= 8; c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(c == 8 ? work.amount().toDecimal().doubleValue() : c == 7 ? work.rate().doubleValue()
                                : (c == 5 ? work.workedSeconds() : work.billedSeconds()) / 3600.0);
                        cell.setCellStyle(number);
                    }
                });
                workbook.write(out);
            } finally {
                workbook.close();
            }
        });
    }

    double[] appCsv() throws IOException {
        return timed("app.csv", out -> new CsvInvoiceWriter(false, ',').write(document(), out));
    }

    /** The same records, quoted where they must be, by a buffered writer and string concatenation. */
    double[] rawCsv() throws IOException {
        return timed("raw.csv", out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write("Invoice,Date,Issue,Summary,Author,Level,Worked hours,Billed hours,Rate,Amount,Currency,Line\r\n");
            IOException[] failure = {null};
            details().accept(work -> {
                try {
                    writer.write("ACME-2026-0001," + work.workDate() + "," + work.issueKey() + ",\"" + work.issueSummary() + "\"," + work.authorName()
                            + "," + work.levelName() + "," + work.workedSeconds() / 3600.0 + "," + work.billedSeconds() / 3600.0 + ","
                            + work.rate().toPlainString() + "," + work.amount().toDecimal().toPlainString() + ",EUR," + work.lineKey() + "\r\n");
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            writer.flush();
            if (failure[0] != null) {
                throw failure[0];
            }
        });
    }

    private interface Export {
        void write(OutputStream out) throws IOException;
    }

    private double[] timed(String file, Export export) throws IOException {
        Files.createDirectories(folder);
        Path path = folder.resolve(file);
        long begin = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            export.write(out);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double size = Files.size(path);
        Files.delete(path);
        return new double[] {seconds, size};
    }

    private InvoiceDocument document() {
        List<InvoiceLine> lines = List.of(new InvoiceLine(1, LineKind.WORK, "ISSUE:P1-1@600000", "All work", BigDecimal.ONE, new BigDecimal("60"),
                Money.parse("60.00", "EUR"), 3600, rows));
        Invoice invoice = new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(FIRST, FIRST.plusYears(1).minusDays(1)), LineGrouping.ISSUE, EUR,
                List.of(), "", "bench"), lines, InvoiceTotals.of(lines, new BigDecimal("19"), EUR), Optional.of(new Issuance("ACME-2026-0001", FIRST,
                Instant.parse("2027-01-05T10:00:00Z"), "bench", Optional.empty())), Optional.empty());
        return new InvoiceDocument(invoice, "Invoice ACME-2026-0001", new InvoiceDocument.Party("Ratecard BPO", "DE"),
                new InvoiceDocument.Party("Acme", "FR"), details());
    }

    /** The same rows for every writer: a worklog a row, spread over a year, 3,000 issues and 60 people. */
    private Consumer<Consumer<InvoicedWork>> details() {
        BigDecimal rate = new BigDecimal("60.0000");
        return consumer -> {
            for (int i = 0; i < rows; i++) {
                long seconds = 900 + (i * 13L) % 7200;
                long minor = (seconds * 6000 + 1800) / 3600;
                consumer.accept(new InvoicedWork(i + 1, 1, "ISSUE:P1-" + (i % 3000) + "@600000", FIRST.plusDays(i % 365), "P1-" + (i % 3000),
                        "Summary of issue " + (i % 3000), "User " + (i % 60), i % 4 == 0 ? "Senior" : "Agent", seconds, seconds, rate,
                        Money.ofMinor(minor, EUR)));
            }
        };
    }
}
