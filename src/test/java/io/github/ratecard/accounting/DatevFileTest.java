package io.github.ratecard.accounting;

import static io.github.ratecard.accounting.Documents.EUR;
import static io.github.ratecard.accounting.Documents.USD;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.Invoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The DATEV booking batch, read back with the format's rules by {@link DatevReader}. */
public class DatevFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private final AccountingSettings settings = AccountingSettings.defaults().withNumbers(29098, 55003);
    private final DatevBatch batch = new DatevBatch(29098, 55003, LocalDate.of(2026, 1, 1), 4, "03", LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), EUR, LocalDateTime.of(2026, 12, 1, 9, 30, 15, 123_000_000));

    @Test
    public void header_shouldCarryTheBatchsNumbersYearPeriodAndCurrency() throws IOException {
        DatevReader.Batch read = DatevReader.read(write(List.of()));

        assertEquals("20261201093015123", read.header().get(5));
        assertEquals(List.of("29098", "55003", "20260101", "4", "20261101", "20261130"), read.header().subList(10, 16));
        assertEquals("\"EUR\"", read.header().get(21));
        assertEquals("\"03\"", read.header().get(26));
        assertEquals(0, read.bookings().size());
    }

    @Test
    public void invoice_shouldDebitTheDebtorWithTheGrossAgainstTheRevenueAccountOfItsRate() throws IOException {
        Invoice invoice = Documents.invoice(1, "INV-2026-0001", "1000.00", DAY);

        DatevReader.Booking booking = single(invoice);

        assertEquals("1190,00", booking.field(1));
        assertEquals("\"S\"", booking.field(2));
        assertEquals("10000", booking.field(7));
        assertEquals("8400", booking.field(8));
        assertEquals("0511", booking.field(10));
        assertEquals("INV-2026-0001", booking.text(11));
        assertEquals("Rechnung INV-2026-0001 ACME", booking.text(14));
    }

    @Test
    public void invoiceAtTwoRates_shouldBeBookedOncePerRateOnItsRevenueAccount() throws IOException {
        Invoice invoice = Documents.invoiceAtTwoRates(1, "INV-2026-0001", "1000.00", "100.00", DAY);

        List<DatevReader.Booking> bookings = DatevReader.read(write(Postings.of(invoice, settings, EUR))).bookings();

        assertEquals(List.of("1190,00 8400", "107,00 8300"), bookings.stream().map(booking -> booking.field(1) + " " + booking.field(8)).toList());
    }

    @Test
    public void creditNote_shouldCreditTheDebtor() throws IOException {
        Invoice invoice = Documents.invoice(1, "INV-2026-0001", "1000.00", DAY);

        DatevReader.Booking booking = single(Documents.creditNote(2, "CN-2026-0001", invoice, DAY.plusDays(3)));

        assertEquals("1190,00", booking.field(1));
        assertEquals("\"H\"", booking.field(2));
        assertEquals("0811", booking.field(10));
        assertEquals("Gutschrift CN-2026-0001 ACME", booking.text(14));
    }

    @Test
    public void voidedInvoice_shouldBeBookedWithItsReversalSoThePeriodNetsItToZero() throws IOException {
        Invoice voided = Documents.invoice(1, "INV-2026-0001", "1000.00", DAY).voided("Sent to the wrong client");

        List<DatevReader.Booking> bookings = DatevReader.read(write(Postings.of(voided, settings, EUR))).bookings();

        assertEquals(List.of("\"S\"", "\"H\""), bookings.stream().map(b -> b.field(2)).toList());
        assertEquals(List.of("1190,00", "1190,00"), bookings.stream().map(b -> b.field(1)).toList());
        assertEquals("Storno Rechnung INV-2026-0001 ACME", bookings.get(1).text(14));
    }

    @Test
    public void foreignCurrencyInvoice_shouldCarryItsCurrencyTheFrozenRateAndTheBaseAmount() throws IOException {
        Invoice invoice = Documents.invoice(1, "INV-2026-0002", "ACME", "1000.00", "19", USD, DAY, "0.8");

        DatevReader.Booking booking = single(invoice);

        assertEquals("1190,00", booking.field(1));
        assertEquals("\"USD\"", booking.field(3));
        assertEquals("1,25", booking.field(4));
        assertEquals("952,00", booking.field(5));
        assertEquals("\"EUR\"", booking.field(6));
    }

    @Test
    public void foreignCurrencyInvoiceWithoutARate_shouldCarryNoBaseAmount() throws IOException {
        DatevReader.Booking booking = single(Documents.invoice(1, "INV-2026-0002", "ACME", "1000.00", "19", USD, DAY, null));

        assertEquals("\"USD\"", booking.field(3));
        assertEquals("", booking.field(4));
        assertEquals("", booking.field(5));
    }

    @Test
    public void clientWithADebtorAccountOfItsOwn_shouldBeBookedOnIt() throws IOException {
        AccountingSettings own = new AccountingSettings(29098, 55003, Month.JANUARY, 4, "03", settings.revenueAccounts(), "10000",
                Map.of("ACME", "10042"), settings.journalColumns());

        List<Posting> postings = Postings.of(Documents.invoice(1, "INV-2026-0001", "1000.00", DAY), own, EUR);

        assertEquals("10042", DatevReader.read(write(postings)).bookings().get(0).field(7));
    }

    @Test
    public void bookingText_shouldDoubleQuotesDropLineBreaksAndKeepUmlautsInWindows1252() throws IOException {
        Posting posting = Postings.of(Documents.invoice(1, "INV-1", "M\u00dcLLER", "10.00", "19", EUR, DAY, null), settings, EUR).get(0);
        PostingWords words = new PostingWords("Rechnung \"Q\"\r\nzwei", "Gutschrift", "Storno");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DatevFile.write(batch, List.of(posting), words, out);

        DatevReader.Booking booking = DatevReader.read(out.toByteArray()).bookings().get(0);
        assertEquals("Rechnung \"Q\"  zwei INV-1 M\u00dcLLER", booking.text(14));
        assertEquals((byte) 0xDC, out.toByteArray()[new String(out.toByteArray(), DatevFile.ENCODING).indexOf('\u00dc')]);
    }

    @Test
    public void documentNumberWithCharactersDatevRefuses_shouldBeWrittenWithUnderscores() {
        assertEquals("INV_2026_0001", DatevFile.documentField("INV.2026 0001"));
    }

    @Test
    public void revenueAccountWithABuKey_shouldWriteIt() throws IOException {
        AccountingSettings keyed = new AccountingSettings(29098, 55003, Month.JANUARY, 4, "03", Map.of("19", new RevenueAccount("8000", "3", "1776")),
                "10000", Map.of(), settings.journalColumns());

        List<Posting> postings = Postings.of(Documents.invoice(1, "INV-1", "10.00", DAY), keyed, EUR);

        DatevReader.Booking booking = DatevReader.read(write(postings)).bookings().get(0);
        assertEquals("8000", booking.field(8));
        assertEquals("3", booking.text(9));
    }

    @Test
    public void rateWithoutARevenueAccount_shouldBeRefusedNamingTheSetting() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Postings.of(Documents.invoice(1, "INV-1", "ACME", "10.00", "5", EUR, DAY, null), settings, EUR));

        assertEquals("revenueAccounts", refused.field());
    }

    @Test
    public void moreBookingsThanAFileHolds_shouldBeRefused() {
        Posting posting = Postings.of(Documents.invoice(1, "INV-1", "10.00", DAY), settings, EUR).get(0);
        List<Posting> many = new ArrayList<>(Collections.nCopies(99_999, posting));
        DatevFile.requireFits(many);
        many.add(posting);

        assertEquals("to", assertThrows(InvalidInputException.class, () -> DatevFile.requireFits(many)).field());
    }

    @Test
    public void fileName_shouldStartWithExtf() {
        assertEquals("EXTF_Buchungsstapel_20261101_20261130.csv", batch.fileName());
    }

    @Test
    public void englishWords_shouldNameTheDocumentInEnglish() {
        Posting posting = Postings.of(Documents.invoice(1, "INV-1", "10.00", DAY), settings, EUR).get(0);

        assertEquals("Invoice INV-1 ACME", PostingWords.of(Locale.ENGLISH).text(posting));
    }

    @Test
    public void batch_shouldNotSpanTwoFiscalYears() {
        assertEquals(LocalDate.of(2026, 4, 1), DatevBatch.fiscalYearOf(LocalDate.of(2027, 3, 31), Month.APRIL));
        assertThrows(IllegalArgumentException.class, () -> new DatevBatch(29098, 55003, LocalDate.of(2026, 1, 1), 4, "03", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 31), EUR, LocalDateTime.of(2026, 12, 1, 9, 0)));
    }

    private DatevReader.Booking single(Invoice invoice) throws IOException {
        List<DatevReader.Booking> bookings = DatevReader.read(write(Postings.of(invoice, settings, EUR))).bookings();
        assertEquals(1, bookings.size());
        return bookings.get(0);
    }

    private byte[] write(List<Posting> postings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatevFile.write(batch, postings, PostingWords.of(Locale.GERMAN), out);
        byte[] bytes = out.toByteArray();
        assertEquals("no UTF-8 mark", false, new String(bytes, StandardCharsets.ISO_8859_1).startsWith("\u00ef\u00bb\u00bf"));
        return bytes;
    }
}
