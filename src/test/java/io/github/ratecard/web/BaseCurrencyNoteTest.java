package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.RateTable;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

/** A USD budget's figures in the base currency EUR, as the Budget page's note states them. */
public class BaseCurrencyNoteTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2026-12-04");
    private static final List<BaseCurrencyNote.Figure> USD_BUDGET = List.of(new BaseCurrencyNote.Figure("ratecard.budget.tile.budget",
            Money.ofMinor(1_160_000, "USD")), new BaseCurrencyNote.Figure("ratecard.budget.tile.actual", Money.ofMinor(58_000, "USD")));

    private final List<ExchangeRate> table = new ArrayList<>(List.of(new ExchangeRate(CurrencyPair.of("EUR", "USD"), FRIDAY, new BigDecimal("1.16"),
            "ECB")));
    private int reads;
    private final BaseCurrencyNote target = new BaseCurrencyNote((pairs, days) -> {
        reads++;
        return new RateTable(table);
    }, new Settings());
    private final ViewerFormat english = ViewerFormat.of(new BundleI18n(() -> Locale.ENGLISH)::getText, Locale.ENGLISH);

    @Test
    public void rateOfTheDay_shouldConvertEveryFigureWithOneRead() {
        Optional<String> note = target.of(USD_BUDGET, FRIDAY, english);

        assertEquals("In EUR, the base currency: Budget €10,000.00, Actual €500.00 (at EUR/USD 1.16 of the day, ECB)", note.orElseThrow());
        assertEquals(1, reads);
    }

    @Test
    public void dayWithoutARate_shouldNameTheEarlierRatesDayAndSource() {
        Optional<String> note = target.of(USD_BUDGET, LocalDate.parse("2026-12-06"), english);

        assertEquals("In EUR, the base currency: Budget €10,000.00, Actual €500.00 (at EUR/USD 1.16 of Dec 4, 2026, the last rate before the day, ECB)",
                note.orElseThrow());
    }

    @Test
    public void noRateOnOrBeforeTheDay_shouldSayNotConvertedRatherThanZero() {
        Optional<String> note = target.of(USD_BUDGET, LocalDate.parse("2026-12-03"), english);

        assertEquals("Not converted into EUR: there is no exchange rate between USD and EUR on or before Dec 3, 2026.", note.orElseThrow());
    }

    @Test
    public void budgetInTheBaseCurrency_shouldHaveNoNoteAndReadNothing() {
        Optional<String> note = target.of(List.of(new BaseCurrencyNote.Figure("ratecard.budget.tile.budget", Money.ofMinor(100, "EUR"))), FRIDAY, english);

        assertEquals(Optional.empty(), note);
        assertEquals(0, reads);
    }

    /** Base currency EUR. */
    private static final class Settings implements ReportingSettings {

        @Override
        public Currency baseCurrency() {
            return Currencies.of("EUR");
        }

        @Override
        public void setBaseCurrency(Currency currency) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ZoneId reportingZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public void setReportingZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Month fiscalYearStart() {
            return Month.JANUARY;
        }

        @Override
        public void setFiscalYearStart(Month month) {
            throw new UnsupportedOperationException();
        }
    }
}
