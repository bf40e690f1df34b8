package io.github.ratecard.money;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import org.junit.Test;

public class MoneyFormatTest {

    @Test
    public void format_shouldUseEnglishSeparatorsAndSymbol() {
        assertEquals("€1,234.50", MoneyFormat.format(Money.parse("1234.5", "EUR"), Locale.US));
    }

    @Test
    public void format_shouldUseGermanSeparatorsWithSymbolAfterTheAmount() {
        assertEquals("1.234,50\u00a0€", MoneyFormat.format(Money.parse("1234.5", "EUR"), Locale.GERMANY));
    }

    @Test
    public void format_shouldShowNoDecimalsForYen() {
        assertEquals("¥1,500", MoneyFormat.format(Money.parse("1500", "JPY"), Locale.JAPAN).replace('￥', '¥'));
    }

    @Test
    public void format_shouldShowThreeDecimalsForDinar() {
        String formatted = MoneyFormat.format(Money.ofMinor(1235, "BHD"), Locale.UK);
        assertTrue(formatted, formatted.startsWith("BHD") && formatted.endsWith("1.235"));
    }

    @Test
    public void format_shouldShowNegativeAmounts() {
        assertEquals("-$12.00", MoneyFormat.format(Money.parse("-12", "USD"), Locale.US));
    }
}
