package io.github.ratecard.export;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words an export is written in: the app's own texts ({@code i18n/ratecard*.properties}) in the
 * document's language, English or German, whoever downloads it.
 */
public final class ExportWords {

    public static final List<String> LANGUAGES = List.of("en", "de");
    public static final ExportWords ENGLISH = of(Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private ExportWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ExportWords of(Locale language) {
        Locale locale = language != null && LANGUAGES.contains(language.getLanguage()) ? new Locale(language.getLanguage()) : Locale.ENGLISH;
        return new ExportWords(ResourceBundle.getBundle("i18n.ratecard", locale, ExportWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, its {@code {0}}… filled in when arguments are given. */
    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** The text of {@code key} with {0}, {1} … filled in as they are, without MessageFormat: an apostrophe stays an apostrophe. */
    public String filled(String key, String... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }

    /** Every text whose key starts with {@code prefix}, unformatted, by key. */
    public java.util.SortedMap<String, String> startingWith(String prefix) {
        java.util.SortedMap<String, String> texts = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
