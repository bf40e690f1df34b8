package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.budget.OverheadRates;
import io.github.ratecard.insight.margin.MarginCalculator;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginInputs;
import io.github.ratecard.insight.margin.MarginLine;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginWork;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

public class MarginCsvWriterTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static MarginReport report(String label, String currency) {
        MarginInputs inputs = new MarginInputs(Currency.getInstance("EUR"), List.of(new MarginLine("WEB", "anna", "ACME", null, null, currency, NOV,
                new MarginWork(3600, 3600, 3600, 4000, 5050, 5050, 1, 0, 0))), List.of(), List.of(), new OverheadRates());
        return MarginCalculator.report(inputs, MarginGrouping.ACCOUNT, NOV, NOV, (by, key) -> label);
    }

    private static String csv(MarginReport report, Locale language, char separator, char decimal) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarginCsvWriter(false, separator, decimal).write(io.github.ratecard.insight.margin.MarginSheets.of(report, ExportWords.of(language)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void aRow_isItsLabelCurrencyAndPlainNumbers() throws Exception {
        String[] lines = csv(report("Acme", "EUR"), Locale.ENGLISH, ',', '.').split("\r\n");

        assertEquals("Row,Currency,Revenue,Revenue (EUR),Invoiced,Not yet invoiced,Labour cost (EUR),Overhead (EUR),Expenses (EUR),"
                + "Gross margin (EUR),Margin %,Write-offs,Realisation %,Last month (EUR),Average of the 3 months before (EUR)", lines[0]);
        assertEquals("Acme,EUR,50.50,50.50,0.00,50.50,40.00,0.00,0.00,10.50,20.8,0.00,100.0,10.50,0.00", lines[1]);
        assertEquals("Total,EUR,50.50,50.50,0.00,50.50,40.00,0.00,0.00,10.50,20.8,0.00,100.0,,", lines[2]);
        assertEquals("revenue only in the base currency: nothing to say about exchange rates", 3, lines.length);
    }

    @Test
    public void revenueInAnotherCurrency_isFollowedBySentencesSayingHowItWasConverted() throws Exception {
        String[] lines = csv(report("Acme", "USD"), Locale.ENGLISH, ',', '.').split("\r\n");

        assertEquals("\"\",,,,,,,,,,,,,,", lines[3]);
        assertEquals("How revenue in other currencies is shown in EUR,,,,,,,,,,,,,,", lines[4]);
        assertEquals("\"USD of 2026-11: not converted, as there is no exchange rate on or before the month's last day and not all of it was"
                + " invoiced at a frozen rate\",,,,,,,,,,,,,,", lines[5]);
        assertEquals(6, lines.length);
    }

    @Test
    public void aLabelThatLooksLikeAFormula_isNeutralised() throws Exception {
        String[] lines = csv(report("=HYPERLINK(\"http://x\")", "EUR"), Locale.ENGLISH, ',', '.').split("\r\n");

        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",EUR", lines[1].substring(0, lines[1].indexOf(",EUR") + 4));
    }

    @Test
    public void germanFiles_useTheirWordsAndDecimalCommas() throws Exception {
        String[] lines = csv(report("Acme", "USD"), Locale.GERMAN, ';', ',').split("\r\n");

        assertEquals("Zeile;W\u00e4hrung;Umsatz;Umsatz (EUR)", lines[0].substring(0, lines[0].indexOf(";Fakturiert")));
        assertEquals("Acme;USD;50,50;nicht umgerechnet", lines[1].substring(0, lines[1].indexOf(";0,00")));
    }
}
