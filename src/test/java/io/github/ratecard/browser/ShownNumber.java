package io.github.ratecard.browser;

import java.math.BigDecimal;

/**
 * The one number in a text a page shows ("€1,234.50", "1.234,50 €", "92 EUR", "45,3 % verbraucht"),
 * read the way a reader of that language reads it: in English the comma groups digits and the point
 * marks decimals; in German the other way round.
 */
final class ShownNumber {

    private ShownNumber() {
    }

    static BigDecimal of(String shown, String language) {
        String digits = shown.replaceAll("[^0-9.,\\-\u2212]", "").replace('\u2212', '-').replaceAll("^[.,]+|[.,]+$", "");
        String grouping = "de".equals(language) ? "." : ",";
        String decimal = "de".equals(language) ? "," : ".";
        String plain = digits.replace(grouping, "").replace(decimal, ".");
        if (plain.isEmpty() || !plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new AssertionError("No single " + language + " number in \"" + shown + "\"");
        }
        return new BigDecimal(plain);
    }
}
