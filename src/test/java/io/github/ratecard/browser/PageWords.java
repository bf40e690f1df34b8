package io.github.ratecard.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;

/** The app's words in one language, read from its i18n bundle, as a page in that language must show them. */
final class PageWords {

    private final Properties words;
    private final Properties english;

    private PageWords(Properties words, Properties english) {
        this.words = words;
        this.english = english;
    }

    static PageWords of(String language) {
        Properties english = load("i18n/ratecard.properties");
        return new PageWords("en".equals(language) ? english : load("i18n/ratecard_" + language + ".properties"), english);
    }

    /** The text of {@code key}; for a language other than English it must differ from the English text, or it is not translated. */
    String text(String key) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new AssertionError("No i18n key " + key);
        }
        if (words != english && text.equals(english.getProperty(key))) {
            throw new AssertionError(key + " is the English text \"" + text + "\": choose a word that is translated");
        }
        return text;
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get(path))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
