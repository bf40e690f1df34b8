package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.PartyDetails;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/**
 * The exports read back with the libraries that read such files: the XLSX with POI (typed cells,
 * currency formats, totals, frozen header, filter), the CSV with Commons CSV, the UBL against the
 * OASIS UBL 2.1 schema; formula payloads in every text come back as inert text.
 */
public class InvoiceExportTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
            "\ncmd");

    @Test
    public void xlsx_shouldHoldTypedLinesTotalsAndOneDetailRowPerWorklog() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(new XlsxInvoiceWriter(), document("ACME-2026-0001", "Headsets"))))) {
            Sheet invoice = workbook.getSheetAt(0);
            assertEquals("ACME-2026-0001", invoice.getSheetName());
            Row total = lastRow(invoice);
            assertEquals("Total", total.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(3).getCellType());
            assertEquals(0, new BigDecimal("107.10").compareTo(BigDecimal.valueOf(total.getCell(3).getNumericCellValue())));
            assertTrue(total.getCell(3).getCellStyle().getDataFormatString().contains("\"EUR\""));
            Sheet detail = workbook.getSheet("Detail");
            assertEquals(3, detail.getLastRowNum());
            Row first = detail.getRow(1);
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(0)));
            assertEquals(LocalDate.parse("2026-10-05"), first.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(0, BigDecimal.ONE.compareTo(BigDecimal.valueOf(first.getCell(6).getNumericCellValue())));
            assertEquals(0, new BigDecimal("60").compareTo(BigDecimal.valueOf(first.getCell(8).getNumericCellValue())));
            assertEquals(1, detail.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(workbook.getSheet("Detail").getCTWorksheet().isSetAutoFilter());
        }
    }

    @Test
    public void xlsx_shouldNeutraliseFormulaPayloadsAndCleanSheetNames() throws Exception {
        for (String payload : PAYLOADS) {
            byte[] bytes = write(new XlsxInvoiceWriter(), document("A/B:C*D?[E]-with-a-name-longer-than-31", payload));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                String name = workbook.getSheetAt(0).getSheetName();
                assertTrue(name, name.length() <= 31 && !name.matches(".*[/:*?\\[\\]].*"));
                Row detail = workbook.getSheet("Detail").getRow(1);
                assertEquals(CellType.STRING, detail.getCell(2).getCellType());
                assertEquals("'" + payload, detail.getCell(2).getStringCellValue());
            }
        }
    }

    @Test
    public void csv_shouldReadBackWithItsAmountsAddingUpToTheSubtotal() throws Exception {
        byte[] bytes = write(new CsvInvoiceWriter(true, ';'), document("ACME-2026-0001", "Headsets; \"blue\"\nand red"));

        assertEquals((byte) 0xEF, bytes[0]);
        List<CSVRecord> records = parse(bytes, ';');
        assertEquals(4, records.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (CSVRecord record : records) {
            sum = sum.add(new BigDecimal(record.get("Amount")));
        }
        assertEquals(0, new BigDecimal("90.00").compareTo(sum));
        assertEquals("Headsets; \"blue\"\nand red", records.get(0).get("Summary"));
        assertEquals("1", records.get(0).get("Billed hours"));
    }

    @Test
    public void csv_shouldNeutraliseFormulaPayloads() throws Exception {
        for (String payload : PAYLOADS) {
            List<CSVRecord> records = parse(write(new CsvInvoiceWriter(false, ','), document("ACME-2026-0001", payload)), ',');

            assertEquals("'" + payload, records.get(0).get("Summary"));
        }
    }

    @Test
    public void ubl_shouldBeAValidUbl21Invoice() throws Exception {
        byte[] xml = write(new UblInvoiceWriter(id -> "ACME-2026-0001"), document("ACME-2026-0001", "Headsets & <cables>"));

        validate(xml, "UBL-Invoice-2.1.xsd");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>"));
        assertTrue(text.contains("<cbc:PayableAmount currencyID=\"EUR\">107.10</cbc:PayableAmount>"));
    }

    @Test
    public void ubl_shouldNameBothPartiesAddressesVatNumbersAndTheDueDate() throws Exception {
        InvoiceDocument plain = document("ACME-2026-0001", "Headsets");
        InvoiceDocument.Party seller = new InvoiceDocument.Party("Ratecard BPO", "DE",
                PartyDetails.NONE.with("", "Hauptstraße 1", "Berlin", "10115", "DE123456789"));
        InvoiceDocument.Party buyer = new InvoiceDocument.Party("Acme Corporation", "FR",
                PartyDetails.NONE.with("", "1 rue de la Paix", "Paris", "75002", "FR40303265045"));

        byte[] xml = write(new UblInvoiceWriter(id -> "ACME-2026-0001"), new InvoiceDocument(plain.invoice(), plain.title(), seller, buyer, 30,
                ExportWords.ENGLISH, plain.details()));

        validate(xml, "UBL-Invoice-2.1.xsd");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text, text.contains("<cbc:DueDate>2026-12-05</cbc:DueDate>"));
        assertTrue(text, text.contains("<cbc:StreetName>1 rue de la Paix</cbc:StreetName><cbc:CityName>Paris</cbc:CityName>"
                + "<cbc:PostalZone>75002</cbc:PostalZone>"));
        assertTrue(text, text.contains("<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID>"));
        assertTrue(text, text.contains("<cac:PaymentTerms><cbc:Note>Payment within 30 days</cbc:Note></cac:PaymentTerms>"));
    }

    @Test
    public void exportsOfAGermanClient_shouldSpeakGerman() throws Exception {
        InvoiceDocument plain = document("ACME-2026-0001", "Headsets");
        InvoiceDocument german = new InvoiceDocument(plain.invoice(), plain.title(), plain.seller(), plain.buyer(), 14,
                ExportWords.of(java.util.Locale.GERMAN), plain.details());

        String csv = new String(write(new CsvInvoiceWriter(false, ';'), german), StandardCharsets.UTF_8);
        String ubl = new String(write(new UblInvoiceWriter(id -> "ACME-2026-0001"), german), StandardCharsets.UTF_8);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(write(new XlsxInvoiceWriter(), german)))) {
            Sheet invoice = workbook.getSheetAt(0);
            assertEquals("Kunde", invoice.getRow(1).getCell(0).getStringCellValue());
            assertTrue(workbook.getSheet("Einzelnachweis") != null);
        }

        assertTrue(csv, csv.startsWith("Rechnung;Datum;Vorgang;Zusammenfassung;Mitarbeiter;Stufe;Gearbeitete Stunden"));
        assertTrue(ubl, ubl.contains("<cbc:Note>Zahlbar innerhalb von 14 Tagen</cbc:Note>"));
    }

    @Test
    public void ubl_shouldBeAValidUbl21CreditNoteReferringToItsInvoice() throws Exception {
        Invoice invoice = document("ACME-2026-0001", "x").invoice();
        List<InvoiceLine> credited = invoice.lines().stream().map(InvoiceLine::credited).toList();
        Invoice note = new Invoice(9, invoice.header().creditNote(new InvoiceHeader.CreditOf(1L, "Training hours"), "fiona"), credited,
                InvoiceTotals.of(credited, new BigDecimal("19"), EUR), Optional.of(new Issuance("CN-ACME-2026-0001", LocalDate.parse("2026-11-20"),
                Instant.parse("2026-11-20T10:00:00Z"), "fiona", Optional.empty())), Optional.empty());

        byte[] xml = write(new UblInvoiceWriter(id -> "ACME-2026-0001"), new InvoiceDocument(note, "Credit note", party("Ratecard BPO"),
                party("Acme Corporation"), 30, ExportWords.ENGLISH, rows -> { }));

        validate(xml, "UBL-CreditNote-2.1.xsd");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<cbc:PayableAmount currencyID=\"EUR\">107.10</cbc:PayableAmount>"));
        assertFalse("a credit note is owed to the client, nothing is due from it", text.contains("PaymentTerms") || text.contains("DueDate"));
    }

    /** Every character XML 1.0 cannot hold, one per text; a lone surrogate must not swallow the letter after it. */
    public static final List<String> NOT_XML = notXml();

    private static List<String> notXml() {
        List<String> texts = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                texts.add(String.valueOf(c));
            }
        }
        texts.addAll(List.of("\uFFFE", "\uFFFF", "\uD800", "\uDC00"));
        return texts;
    }

    @Test
    public void everyExport_shouldReadBackWhateverCharactersJiraGaveItsTexts() throws Exception {
        for (String bad : NOT_XML) {
            String text = "Head" + bad + "set";
            InvoiceDocument document = documentWithTextsFromJira(text);
            String expected = "Head\uFFFDset";
            String label = String.format("U+%04X", (int) bad.charAt(0));

            validate(write(new UblInvoiceWriter(id -> "ACME-2026-0001"), document), "UBL-Invoice-2.1.xsd");
            String ubl = new String(write(new UblInvoiceWriter(id -> "ACME-2026-0001"), document), StandardCharsets.UTF_8);
            assertTrue(label, ubl.contains("<cbc:Name>ACME-1 " + expected + "</cbc:Name>"));
            assertTrue(label, ubl.contains("<cbc:StreetName>" + expected + "</cbc:StreetName>"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(new XlsxInvoiceWriter(), document)))) {
                Row detail = workbook.getSheet("Detail").getRow(1);
                assertEquals(label, expected, detail.getCell(2).getStringCellValue());
                assertEquals(label, expected, detail.getCell(3).getStringCellValue());
            }
            CSVRecord record = parse(write(new CsvInvoiceWriter(true, ';'), document), ';').get(0);
            assertEquals(label, expected, record.get("Summary"));
            assertEquals(label, expected, record.get("Author"));
        }
    }

    @Test
    public void ubl_shouldCutALongLineTextBeforeACharacterOutsideTheBmpRatherThanThroughIt() {
        String text = "x".repeat(199) + "\uD83D\uDE00" + "tail";

        assertEquals("x".repeat(199), UblInvoiceWriter.firstChars(text, 200));
        assertEquals("x".repeat(199) + "\uD83D\uDE00", UblInvoiceWriter.firstChars(text, 201));
    }

    /** {@link #document} with {@code text} as the issue summary, the author's and the level's names, the buyer's name and address. */
    private static InvoiceDocument documentWithTextsFromJira(String text) {
        InvoiceDocument plain = document("ACME-2026-0001", text);
        List<InvoicedWork> rows = new ArrayList<>();
        plain.details().accept(work -> rows.add(new InvoicedWork(work.worklogId(), work.invoiceId(), work.lineKey(), work.workDate(),
                work.issueKey(), text, text, text, work.workedSeconds(), work.billedSeconds(), work.rate(), work.amount())));
        InvoiceDocument.Party buyer = new InvoiceDocument.Party(text, "FR", PartyDetails.NONE.with("", text, text, "75002", ""));
        return new InvoiceDocument(plain.invoice(), plain.title(), plain.seller(), buyer, 30, ExportWords.ENGLISH, consumer -> rows.forEach(consumer));
    }

    @Test
    public void downloadName_shouldKeepOnlySafeCharacters() {
        assertEquals("ACME-2026-0001.xlsx", DownloadName.sanitize("ACME-2026-0001", "xlsx"));
        assertEquals("etc_passwd_script_.csv", DownloadName.sanitize("../etc/passwd\r\n<script>", "csv"));
        assertEquals("attachment; filename=\"Acme.csv\"; filename*=UTF-8''Acme.csv", DownloadName.contentDisposition("Acme.csv"));
    }

    /** The schemas UBL imports by namespace only, from the class path (never from the network). */
    private static final java.util.Map<String, String> IMPORTED = java.util.Map.of(
            "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2", "/schemas/CCTS_CCT_SchemaModule.xsd",
            "http://www.w3.org/2000/09/xmldsig#", "/schemas/xmldsig-core-schema.xsd",
            "http://uri.etsi.org/01903/v1.3.2#", "/schemas/XAdES01903v132-201601.xsd",
            "http://uri.etsi.org/01903/v1.4.1#", "/schemas/XAdES01903v141-201601.xsd");

    private static void validate(byte[] xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS) org.w3c.dom.bootstrap.DOMImplementationRegistry
                .newInstance().getDOMImplementation("LS");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            String local = IMPORTED.get(namespace);
            if (local == null) {
                return null;
            }
            org.w3c.dom.ls.LSInput input = ls.createLSInput();
            java.net.URL resource = InvoiceExportTest.class.getResource(local);
            input.setSystemId(resource.toString());
            try {
                input.setByteStream(resource.openStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return input;
        });
        java.net.URL url = InvoiceExportTest.class.getResource("/external/schemas/ubl21/maindoc/" + schema);
        factory.newSchema(url).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static List<CSVRecord> parse(byte[] bytes, char separator) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static byte[] write(InvoiceWriter writer, InvoiceDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        return out.toByteArray();
    }

    private static Row lastRow(Sheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    private static InvoiceDocument.Party party(String name) {
        return new InvoiceDocument.Party(name, "DE");
    }

    /** An issued invoice of 1.5 h on ACME-1 and a 30.00 expense, with three detail rows; {@code summary} is ACME-1's summary. */
    private static InvoiceDocument document(String number, String summary) {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, LineKind.WORK, "ISSUE:ACME-1@600000", "ACME-1 " + summary, new BigDecimal("1.00"), new BigDecimal("60.0000"),
                        Money.parse("60.00", "EUR"), 3600, 3),
                new InvoiceLine(2, LineKind.EXPENSE, "EXPENSE:7", "Travel 2026-10-09", BigDecimal.ONE, new BigDecimal("30.00"),
                        Money.parse("30.00", "EUR"), 0, 0));
        Invoice invoice = new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, EUR, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, new BigDecimal("19"), EUR),
                Optional.of(new Issuance(number, LocalDate.parse("2026-11-05"), Instant.parse("2026-11-05T10:00:00Z"), "fiona", Optional.empty())),
                Optional.empty());
        List<InvoicedWork> rows = new ArrayList<>();
        rows.add(new InvoicedWork(11, 1, "ISSUE:ACME-1@600000", LocalDate.parse("2026-10-05"), "ACME-1", summary, "Ana Okafor", "Agent L1", 3300,
                3600, new BigDecimal("60.0000"), Money.parse("60.00", "EUR")));
        rows.add(new InvoicedWork(12, 1, "ISSUE:ACME-1@600000", LocalDate.parse("2026-10-06"), "ACME-1", summary, "Ana Okafor", "Agent L1", 0,
                0, new BigDecimal("60.0000"), Money.parse("0.00", "EUR")));
        rows.add(new InvoicedWork(13, 1, "ISSUE:ACME-1@600000", LocalDate.parse("2026-10-07"), "ACME-1", summary, "Ana Okafor", "Agent L1", 0,
                0, new BigDecimal("60.0000"), Money.parse("0.00", "EUR")));
        Consumer<Consumer<InvoicedWork>> details = consumer -> rows.forEach(consumer);
        return new InvoiceDocument(invoice, "Invoice " + number, party("Ratecard BPO"), party("Acme Corporation"), details);
    }
}
