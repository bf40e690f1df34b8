package io.github.ratecard.money;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats money for people, in their locale: {@code €1,234.50} in English, {@code 1.234,50 €} in German. */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String format(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int digits = money.currency().getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toDecimal());
    }
}
