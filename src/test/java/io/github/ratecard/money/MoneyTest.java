package io.github.ratecard.money;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.Test;

public class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Test
    public void parse_shouldKeepMinorUnitsOfTwoDigitCurrency() {
        assertEquals(123456, Money.parse("1234.56", "EUR").minorUnits());
    }

    @Test
    public void parse_shouldKeepWholeYenForZeroDigitCurrency() {
        assertEquals(1500, Money.parse("1500", "JPY").minorUnits());
    }

    @Test
    public void parse_shouldKeepFilsForThreeDigitCurrencies() {
        assertEquals(1234, Money.parse("1.234", "BHD").minorUnits());
        assertEquals(5, Money.parse("0.005", "KWD").minorUnits());
    }

    @Test
    public void parse_shouldAcceptNegativeAmountsAndTrailingZeros() {
        assertEquals(-1050, Money.parse("-10.500", "EUR").minorUnits());
    }

    @Test
    public void parse_shouldRejectMoreDecimalsThanTheCurrencyHas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("10.5", "JPY"));
        assertTrue(e.getMessage(), e.getMessage().contains("JPY"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005", "EUR"));
    }

    @Test
    public void parse_shouldRejectTextThatIsNotAPlainDecimal() {
        for (String bad : Arrays.asList("", "1,5", "1e3", "12.", "abc", "NaN", " ", "--1")) {
            assertThrows(bad, IllegalArgumentException.class, () -> Money.parse(bad, "EUR"));
        }
        assertThrows(IllegalArgumentException.class, () -> Money.parse(null, "EUR"));
    }

    @Test
    public void parse_shouldRejectUnknownAndNonMonetaryCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "XYZ"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "eur"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "XAU"));
    }

    @Test
    public void rounded_shouldRoundHalfUpToMinorUnits() {
        assertEquals(101, Money.rounded(new BigDecimal("1.005"), EUR).minorUnits());
        assertEquals(100, Money.rounded(new BigDecimal("1.00499"), EUR).minorUnits());
        assertEquals(-101, Money.rounded(new BigDecimal("-1.005"), EUR).minorUnits());
        assertEquals(3, Money.rounded(new BigDecimal("2.5"), JPY).minorUnits());
        assertEquals(1235, Money.rounded(new BigDecimal("1.2345"), BHD).minorUnits());
    }

    @Test
    public void toDecimal_shouldCarryTheCurrencyScale() {
        assertEquals("12.30", Money.ofMinor(1230, EUR).toDecimal().toPlainString());
        assertEquals("7", Money.ofMinor(7, JPY).toDecimal().toPlainString());
        assertEquals("0.007", Money.ofMinor(7, BHD).toDecimal().toPlainString());
    }

    @Test
    public void plusAndMinus_shouldBeExact() {
        Money a = Money.parse("0.10", "EUR");
        Money b = Money.parse("0.20", "EUR");
        assertEquals(Money.parse("0.30", "EUR"), a.plus(b));
        assertEquals(Money.parse("-0.10", "EUR"), a.minus(b));
    }

    @Test
    public void plus_shouldRejectAnotherCurrency() {
        assertThrows(CurrencyMismatchException.class, () -> Money.ofMinor(1, EUR).plus(Money.ofMinor(1, JPY)));
        assertThrows(CurrencyMismatchException.class, () -> Money.ofMinor(1, EUR).compareTo(Money.ofMinor(1, JPY)));
    }

    @Test
    public void plus_shouldFailRatherThanOverflow() {
        Money huge = Money.ofMinor(Long.MAX_VALUE, EUR);
        assertThrows(ArithmeticException.class, () -> huge.plus(Money.ofMinor(1, EUR)));
    }

    @Test
    public void times_shouldRoundOnceHalfUp() {
        assertEquals(Money.parse("33.34", "EUR"), Money.parse("100.00", "EUR").times(new BigDecimal("0.33335")));
    }

    @Test
    public void sum_shouldAddAllAndBeZeroForNone() {
        List<Money> parts = Arrays.asList(Money.ofMinor(1, EUR), Money.ofMinor(2, EUR), Money.ofMinor(3, EUR));
        assertEquals(Money.ofMinor(6, EUR), Money.sum(EUR, parts));
        assertEquals(Money.zero(EUR), Money.sum(EUR, List.of()));
    }

    @Test
    public void allocate_shouldSplitEvenlyAndGiveLeftoversToTheFirstParts() {
        List<Money> parts = Money.parse("100.00", "EUR").allocate(1, 1, 1);
        assertEquals(Arrays.asList(Money.ofMinor(3334, EUR), Money.ofMinor(3333, EUR), Money.ofMinor(3333, EUR)), parts);
    }

    @Test
    public void allocate_shouldGiveLeftoversToTheLargestRemainders() {
        List<Money> parts = Money.ofMinor(10, JPY).allocate(1, 2, 4);
        // exact shares 1.43, 2.86, 5.71: floors 1, 2, 5 and the one yen left goes to 2.86
        assertEquals(Arrays.asList(Money.ofMinor(1, JPY), Money.ofMinor(3, JPY), Money.ofMinor(6, JPY)), parts);
    }

    @Test
    public void allocate_shouldAlwaysAddUpToTheWhole() {
        java.util.Random random = new java.util.Random(7);
        for (int run = 0; run < 1_000; run++) {
            long total = random.nextInt(2_000_001) - 1_000_000;
            long[] weights = new long[1 + random.nextInt(7)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(1000);
            }
            weights[0] += 1;
            Money whole = Money.ofMinor(total, EUR);
            assertEquals(whole, Money.sum(EUR, whole.allocate(weights)));
        }
    }

    @Test
    public void allocate_shouldRejectNegativeOrAllZeroWeights() {
        Money money = Money.ofMinor(100, EUR);
        assertThrows(IllegalArgumentException.class, () -> money.allocate(1, -1));
        assertThrows(IllegalArgumentException.class, () -> money.allocate(0, 0));
        assertThrows(IllegalArgumentException.class, money::allocate);
    }

    @Test
    public void equality_shouldDependOnAmountAndCurrency() {
        assertEquals(Money.ofMinor(5, EUR), Money.parse("0.05", "EUR"));
        assertEquals(Money.ofMinor(5, EUR).hashCode(), Money.parse("0.05", "EUR").hashCode());
        assertTrue(!Money.ofMinor(5, EUR).equals(Money.ofMinor(5, Currency.getInstance("USD"))));
    }
}
