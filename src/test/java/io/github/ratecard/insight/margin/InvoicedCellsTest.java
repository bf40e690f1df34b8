package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.Test;

public class InvoicedCellsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static IssuedDocument invoice(String currency, String lastDay, String rate, long work) {
        return new IssuedDocument(false, "GLOBEX", currency, LocalDate.parse(lastDay), rate == null ? null : new BigDecimal(rate), work);
    }

    @Test
    public void aForeignInvoice_isConvertedAtItsFrozenRateRoundedOnce() {
        InvoicedCell cell = InvoicedCells.of(List.of(invoice("USD", "2026-07-31", "0.9215", 123457)), EUR).get(0);

        assertEquals(YearMonth.of(2026, 7), cell.month());
        assertEquals(123457, cell.invoicedMinor());
        assertEquals(Long.valueOf(113766), cell.invoicedBaseMinor()); // 1,234.57 × 0.9215 = 1,137.6563 → 1,137.66
    }

    @Test
    public void oneInvoiceWithoutARate_leavesTheWholeMonthNotConverted() {
        List<InvoicedCell> cells = InvoicedCells.of(List.of(invoice("USD", "2026-07-31", "0.9", 10000), invoice("USD", "2026-07-15", null, 5000)),
                EUR);

        assertEquals(1, cells.size());
        assertEquals(15000, cells.get(0).invoicedMinor());
        assertNull(cells.get(0).invoicedBaseMinor());
    }

    @Test
    public void anInvoiceInTheBaseCurrency_needsNoRate() {
        InvoicedCell cell = InvoicedCells.of(List.of(new IssuedDocument(false, "ACME", "EUR", LocalDate.parse("2026-06-30"), null, 5000)), EUR).get(0);

        assertEquals(Long.valueOf(5000), cell.invoicedBaseMinor());
    }

    @Test
    public void aCreditNote_countsAsCreditedNotAsLessInvoiced() {
        List<InvoicedCell> cells = InvoicedCells.of(List.of(new IssuedDocument(false, "ACME", "EUR", LocalDate.parse("2026-06-30"), null, 5000),
                new IssuedDocument(true, "ACME", "EUR", LocalDate.parse("2026-06-30"), null, -1200)), EUR);

        assertEquals(5000, cells.get(0).invoicedMinor());
        assertEquals(1200, cells.get(0).creditedMinor());
    }

    @Test
    public void aDocumentCountsInTheMonthItsPeriodEnds() {
        List<InvoicedCell> cells = InvoicedCells.of(List.of(invoice("EUR", "2026-06-30", null, 1), invoice("EUR", "2026-07-01", null, 1)), EUR);

        assertEquals(List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7)), cells.stream().map(InvoicedCell::month).toList());
    }

    @Test
    public void anInvoiceOfSeveralMonths_isSpreadOverThemByWhatTheAccountsWorkBilledInEach() {
        IssuedDocument quarter = new IssuedDocument(false, "ACME", "EUR", LocalDate.parse("2026-11-30"), null, 30000, LocalDate.parse("2026-10-01"));
        List<MarginLine> lines = List.of(work(YearMonth.of(2026, 10), 10000), work(YearMonth.of(2026, 11), 20000));

        List<InvoicedCell> cells = InvoicedCells.of(List.of(quarter), EUR, lines);

        assertEquals(List.of("2026-10 10000 10000", "2026-11 20000 20000"),
                cells.stream().map(cell -> cell.month() + " " + cell.invoicedMinor() + " " + cell.invoicedBaseMinor()).toList());
    }

    private static MarginLine work(YearMonth month, long bill) {
        return new MarginLine("WEB", "anna", "ACME", null, null, "EUR", month, new MarginWork(3600, 3600, 3600, 0, bill, bill, 1, 0, 0));
    }
}
