package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one place pages, panels and e-mails turn figures into a viewer's words: texts from i18n with
 * their {0}, {1} … filled in, money, percentages, indices, dates and date ranges in the viewer's
 * locale.
 */
public final class ViewerFormat {

    private final Function<String, String> texts;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    public ViewerFormat(I18nResolver i18n, Locale locale) {
        this(locale, i18n::getText);
    }

    private ViewerFormat(Locale locale, Function<String, String> texts) {
        this.texts = texts;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    }

    /** {@code texts}: the text of an i18n key in the reader's language (an e-mail's recipient is not the current user). */
    public static ViewerFormat of(Function<String, String> texts, Locale locale) {
        return new ViewerFormat(locale, texts);
    }

    public String text(String key) {
        return texts.apply(key);
    }

    /** The text of {@code key} with {0}, {1} … filled in. */
    public String text(String key, String... values) {
        return fill(texts.apply(key), values);
    }

    /** Fills {0}, {1} … in without MessageFormat, so apostrophes in texts need no escaping. */
    public static String fill(String text, String... values) {
        String filled = text;
        for (int i = 0; i < values.length; i++) {
            filled = filled.replace("{" + i + "}", values[i]);
        }
        return filled;
    }

    public String money(Money money) {
        return MoneyFormat.format(money, locale);
    }

    /** Money without its minor units, as a chart's axis shows it: {@code €1,000}. */
    public String wholeMoney(Money money) {
        String formatted = money(money);
        return money.currency().getDefaultFractionDigits() > 0 ? formatted.replaceAll("[.,]\\d+(?=\\D*$)", "") : formatted;
    }

    /** A figure's percentage with one or two decimals: {@code 25.0 %}, {@code 12.35 %}. */
    public String percent(BigDecimal percent) {
        return decimals(1, 2).format(percent) + " %";
    }

    /** A percentage as a summary line shows it, with at most one decimal: {@code 80 %}, {@code 84.5 %}. */
    public String roundPercent(BigDecimal percent) {
        return decimals(0, 1).format(percent) + " %";
    }

    /** A performance index such as 0.95, with one or two decimals. */
    public String index(BigDecimal index) {
        return decimals(1, 2).format(index);
    }

    public String date(LocalDate day) {
        return dates.format(day);
    }

    public String shortDate(LocalDate day) {
        return shortDates.format(day);
    }

    public String range(DateRange range) {
        return dates.format(range.first()) + " – " + dates.format(range.last());
    }

    /** Numbers with {@code min} to {@code max} decimals, as the viewer writes them. */
    public NumberFormat decimals(int min, int max) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        return format;
    }
}
