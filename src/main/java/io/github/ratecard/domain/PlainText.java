package io.github.ratecard.domain;

/**
 * The characters a text may hold: those XML 1.0 allows (so every text fits an e-invoice and a
 * spreadsheet), which excludes the control characters other than tab, line feed and carriage
 * return, U+FFFE, U+FFFF and a surrogate without its pair. A person's text with any other is
 * refused, naming the field; a text from Jira, which Ratecard cannot refuse, is cleaned when it is
 * exported, each such character becoming U+FFFD.
 */
public final class PlainText {

    public static final char REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** Returns {@code value} (null stays null), or refuses it naming {@code field} and the first bad character. */
    public static String require(String value, String field) {
        int bad = firstBad(value);
        if (bad >= 0) {
            throw new InvalidInputException(field, field + " contains a character that is not allowed in a text (" + describe(value.charAt(bad))
                    + " at position " + (bad + 1) + ")");
        }
        return value;
    }

    /** {@code value} with each character that is not allowed replaced by U+FFFD; null stays null. */
    public static String clean(String value) {
        if (firstBad(value) < 0) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                clean.append(c).append(value.charAt(++i));
            } else {
                clean.append(allowed(c) ? c : REPLACEMENT);
            }
        }
        return clean.toString();
    }

    /** The index of the first character that is not allowed, or -1. */
    static int firstBad(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character allowed on its own: XML 1.0's Char outside the surrogates (which are allowed only in pairs). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
    }

    private static String describe(char c) {
        return Character.isSurrogate(c) ? String.format("an unpaired surrogate U+%04X", (int) c) : String.format("U+%04X", (int) c);
    }
}
