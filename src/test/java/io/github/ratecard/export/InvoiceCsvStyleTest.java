package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.Test;

/** CSV as German Excel reads it (semicolons, decimal commas), and no column holding an internal line key in either style. */
public class InvoiceCsvStyleTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    /** A line's internal key: a grouping or kind, a colon, and for work the rate after an at sign ({@code ISSUE:ACME-43@580000}). */
    private static final Pattern INTERNAL_KEY = Pattern.compile("(?:ISSUE|USER|LEVEL|MONTH|EXPENSE|MANUAL|ADJUSTMENT):.*|.*@\\d+");

    @Test
    public void germanStyle_shouldWriteSemicolonsAndDecimalCommas() throws Exception {
        String csv = new String(write(new CsvInvoiceWriter(true, ';', ','), document(Locale.GERMAN, "Headsets")), StandardCharsets.UTF_8);

        assertEquals("\uFEFFRechnung;Datum;Vorgang;Zusammenfassung;Mitarbeiter;Stufe;Gearbeitete Stunden;Berechnete Stunden;Satz;Betrag;"
                + "W\u00e4hrung;Position\r\n"
                + "ACME-2026-0001;2026-10-05;ACME-1;Headsets;Ana Okafor;Agent L1;0,9167;1;58,5;58,50;EUR;ACME-1 Headsets\r\n"
                + "ACME-2026-0001;;;Travel;;;;1;30,25;30,25;EUR;Travel\r\n", csv);
    }

    @Test
    public void englishStyle_shouldKeepCommasAndDecimalPoints() throws Exception {
        String csv = new String(write(new CsvInvoiceWriter(false, ','), document(Locale.ENGLISH, "Headsets")), StandardCharsets.UTF_8);

        assertEquals("ACME-2026-0001,2026-10-05,ACME-1,Headsets,Ana Okafor,Agent L1,0.9167,1,58.5,58.50,EUR,ACME-1 Headsets", csv.split("\r\n")[1]);
    }

    @Test
    public void noColumn_shouldHoldAnInternalLineKey() throws Exception {
        for (char separator : new char[] {',', ';'}) {
            CsvInvoiceWriter writer = separator == ',' ? new CsvInvoiceWriter(false, ',') : new CsvInvoiceWriter(false, ';', ',');
            for (CSVRecord record : parse(write(writer, document(Locale.ENGLISH, "Headsets")), separator)) {
                for (String value : record) {
                    assertFalse(value, INTERNAL_KEY.matcher(value).matches());
                }
            }
        }
    }

    @Test
    public void germanStyle_shouldStillNeutraliseFormulas() throws Exception {
        List<CSVRecord> records = parse(write(new CsvInvoiceWriter(false, ';', ','), document(Locale.GERMAN, "=SUM(A1)")), ';');

        assertEquals("'=SUM(A1)", records.get(0).get(3));
        assertEquals("ACME-1 =SUM(A1)", records.get(0).get(11));
    }

    @Test(expected = IllegalArgumentException.class)
    public void decimalCommaWithCommaSeparator_shouldBeRefused() {
        new CsvInvoiceWriter(false, ',', ',');
    }

    private static List<CSVRecord> parse(byte[] bytes, char separator) throws Exception {
        try (CSVParser parser = CSVParser.parse(new String(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static byte[] write(InvoiceWriter writer, InvoiceDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        return out.toByteArray();
    }

    /** An issued invoice of one worklog on ACME-1 (55 minutes billed as 1 h at 58.50) and a travel expense of 30.25. */
    private static InvoiceDocument document(Locale language, String summary) {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, LineKind.WORK, "ISSUE:ACME-1@585000", "ACME-1 " + summary, new BigDecimal("1.00"), new BigDecimal("58.5000"),
                        Money.parse("58.50", "EUR"), 3600, 1),
                new InvoiceLine(2, LineKind.EXPENSE, "EXPENSE:7", "Travel", BigDecimal.ONE, new BigDecimal("30.25"), Money.parse("30.25", "EUR"), 0, 0));
        Invoice invoice = new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, EUR, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, new BigDecimal("19"), EUR),
                Optional.of(new Issuance("ACME-2026-0001", LocalDate.parse("2026-11-05"), Instant.parse("2026-11-05T10:00:00Z"), "fiona",
                        Optional.empty())), Optional.empty());
        InvoicedWork work = new InvoicedWork(11, 1, "ISSUE:ACME-1@585000", LocalDate.parse("2026-10-05"), "ACME-1", summary, "Ana Okafor",
                "Agent L1", 3300, 3600, new BigDecimal("58.5000"), Money.parse("58.50", "EUR"));
        return new InvoiceDocument(invoice, "Invoice", new InvoiceDocument.Party("Ratecard BPO", "DE"), new InvoiceDocument.Party("Acme", "DE"), null,
                ExportWords.of(language), consumer -> consumer.accept(work));
    }
}
