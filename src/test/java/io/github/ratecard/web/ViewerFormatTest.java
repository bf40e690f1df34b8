package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.Test;

public class ViewerFormatTest {

    private final ViewerFormat english = new ViewerFormat(key -> key.equals("greeting") ? "{0}'s budget is at {1}" : key, Locale.ENGLISH);

    @Test
    public void text_shouldFillInValuesAndKeepApostrophes() {
        assertEquals("Ana's budget is at 80 %", english.text("greeting", "Ana", "80 %"));
    }

    @Test
    public void percent_shouldShowAFiguresOneOrTwoDecimals() {
        assertEquals("25.0 %", english.percent(new BigDecimal("25")));
        assertEquals("12.35 %", english.percent(new BigDecimal("12.346")));
    }

    @Test
    public void roundPercent_shouldShowAtMostOneDecimal() {
        assertEquals("80 %", english.roundPercent(new BigDecimal("80.0")));
        assertEquals("84.5 %", english.roundPercent(new BigDecimal("84.5")));
    }

    @Test
    public void wholeMoney_shouldDropTheMinorUnits() {
        assertEquals("€1,210", english.wholeMoney(Money.parse("1210.50", "EUR")));
        assertEquals("1.210 €", new ViewerFormat(key -> key, Locale.GERMANY).wholeMoney(Money.parse("1210.50", "EUR")).replace('\u00a0', ' '));
    }

    @Test
    public void wholeMoney_shouldKeepAnAmountWithoutMinorUnitsWhole() {
        assertEquals("¥1,500", english.wholeMoney(Money.parse("1500", "JPY")).replace('￥', '¥'));
    }

    @Test
    public void range_shouldJoinTheFirstAndLastDay() {
        assertEquals("Jan 1, 2026 – Jan 31, 2026", english.range(new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))));
    }
}
