package io.github.ratecard.web;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.export.ExportWords;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * A refused input as a person reads it: the field's label ({@code ratecard.label.<field>}) and the
 * reason in their language, numbers and dates in its arguments written as they write them. A refusal
 * without a common reason keeps the API's English detail after the label.
 */
public final class RefusalWords {

    private static final String LABEL = "ratecard.label.";
    private static final String OTHER = "ratecard.refusal.other";
    /** A plain decimal, optionally followed by a currency code. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?)( [A-Z]{3})?");

    private final ExportWords words;
    private final Locale locale;

    private RefusalWords(Locale locale) {
        this.words = ExportWords.of(locale);
        this.locale = words.locale();
    }

    public static RefusalWords of(Locale locale) {
        return new RefusalWords(locale);
    }

    /** The first of the app's languages an {@code Accept-Language} header asks for; empty when it asks for none. */
    public static Optional<Locale> requested(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), ExportWords.LANGUAGES);
            return Optional.of(tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The label of a field as a form names it; a nested field ({@code periodAmounts[0].from}) is
     * labelled by its whole path without indices, else by its last part; null for no field.
     */
    public String label(String field) {
        if (field == null) {
            return null;
        }
        String path = field.replaceAll("\\[\\d+]", "");
        return known(LABEL + path).or(() -> known(LABEL + path.substring(path.lastIndexOf('.') + 1))).orElse(field);
    }

    /** What was refused and why, in this language. */
    public String message(String field, String english, Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            List<String> arguments = refusal.get().arguments();
            String[] values = new String[arguments.size() + 1];
            values[0] = field == null ? "" : label(field);
            for (int i = 0; i < arguments.size(); i++) {
                values[i + 1] = local(arguments.get(i));
            }
            return ViewerFormat.fill(words.text(refusal.get().reason().key()), values);
        }
        return field == null || locale.getLanguage().equals("en") ? english : ViewerFormat.fill(words.text(OTHER), label(field), english);
    }

    /** The message of an i18n key in this language; {@code english} when the key is unknown. */
    public String text(String key, String english) {
        return known(key).orElse(english);
    }

    private Optional<String> known(String key) {
        try {
            return Optional.of(words.text(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** A plain decimal or an ISO day in an argument, written as this language writes it. */
    private String local(String argument) {
        java.util.regex.Matcher number = NUMBER.matcher(argument);
        if (number.matches()) {
            BigDecimal value = new BigDecimal(number.group(1));
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(value.scale());
            format.setMaximumFractionDigits(value.scale());
            return format.format(value) + (number.group(2) == null ? "" : number.group(2));
        }
        if (argument.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(argument));
            } catch (DateTimeParseException notADay) {
                return argument;
            }
        }
        return argument;
    }
}
