package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import io.github.ratecard.rates.HourlyRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a contract's invoice lines explain themselves in, in the account's invoicing language (English or German):
 * "Retainer May 2026: 120 h prepaid, 131.5 h used, 11.5 h overage at 85.00 USD/h". Numbers are written plainly, with the
 * language's decimal sign and no digit groups, so a line reads the same in every export.
 */
public final class ContractWords {

    public static final ContractWords ENGLISH = of("en");

    private final ResourceBundle bundle;
    private final Locale locale;

    private ContractWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words of a language code; English for any language but German. */
    public static ContractWords of(String language) {
        Locale locale = "de".equals(language) ? Locale.GERMAN : Locale.ENGLISH;
        return new ContractWords(ResourceBundle.getBundle("i18n.ratecard", locale, ContractWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** {@code May 2026} for one month, {@code Q2 2026} for a calendar quarter, {@code May 2026 – July 2026} otherwise. */
    public String period(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return month(first);
        }
        if (first.getYear() == last.getYear() && (first.getMonthValue() - 1) % 3 == 0 && last.equals(first.plusMonths(2))) {
            return "Q" + ((first.getMonthValue() - 1) / 3 + 1) + " " + first.getYear();
        }
        return month(first) + " – " + month(last);
    }

    private String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear();
    }

    /** Hours to at most two decimals, trailing zeros dropped: {@code 131.5}, {@code 120}. */
    public String hours(long seconds) {
        BigDecimal hours = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal(hours.scale() < 0 ? hours.setScale(0).toPlainString() : hours.toPlainString());
    }

    /** An amount with its currency's digits: {@code 85.00 USD}, {@code 1500 JPY}. */
    public String money(Money amount) {
        return decimal(amount.toDecimal().setScale(MoneyRounding.fractionDigits(amount.currency()), RoundingMode.UNNECESSARY).toPlainString())
                + " " + amount.currency().getCurrencyCode();
    }

    /** A rate per hour: {@code 85.00 USD/h} (at least the currency's digits, at most the rate's). */
    public String rate(HourlyRate rate) {
        int digits = MoneyRounding.fractionDigits(rate.currency());
        BigDecimal amount = rate.amount().stripTrailingZeros();
        BigDecimal shown = amount.scale() < digits ? amount.setScale(digits) : amount;
        return text("ratecard.contract.line.perHour", decimal(shown.toPlainString()) + " " + rate.currency().getCurrencyCode());
    }

    public String date(LocalDate day) {
        return day.toString();
    }

    private String decimal(String plain) {
        return locale.getLanguage().equals("de") ? plain.replace('.', ',') : plain;
    }
}
