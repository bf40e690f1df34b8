package io.github.ratecard.export;

import io.github.ratecard.domain.PlainText;

/**
 * Text for a spreadsheet or CSV cell that no spreadsheet will run: text that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed is prefixed
 * with an apostrophe (OWASP ASVS 5.0, V1.2.10), and a character a spreadsheet's XML cannot hold
 * (see {@link PlainText}) becomes U+FFFD. Numbers are written as numbers, never through this.
 */
public final class SafeCell {

    private SafeCell() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String clean = PlainText.clean(value);
        char first = clean.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n'
                ? "'" + clean : clean;
    }
}
