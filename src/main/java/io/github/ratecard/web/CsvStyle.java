package io.github.ratecard.web;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a CSV download writes numbers and separates its columns, as the page offers it: semicolons and a
 * decimal comma where the viewer's locale writes 7,5 (German Excel reads that as numbers), else commas
 * and a decimal point.
 */
public enum CsvStyle {
    SEMICOLON_COMMA("semicolon", "comma", "ratecard.csv.style.semicolonComma"),
    COMMA_POINT("comma", "point", "ratecard.csv.style.commaPoint");

    private final String separator;
    private final String decimal;
    private final String labelKey;

    CsvStyle(String separator, String decimal, String labelKey) {
        this.separator = separator;
        this.decimal = decimal;
        this.labelKey = labelKey;
    }

    /** The i18n key of the words a page offers this style with. */
    public String labelKey() {
        return labelKey;
    }

    public CsvStyle other() {
        return this == SEMICOLON_COMMA ? COMMA_POINT : SEMICOLON_COMMA;
    }

    /** The style a viewer's locale reads. */
    public static CsvStyle of(Locale viewer) {
        return DecimalFormatSymbols.getInstance(viewer).getDecimalSeparator() == ',' ? SEMICOLON_COMMA : COMMA_POINT;
    }

    /** The export's query parameters for this style, to append to a URL that has a query already. */
    public String query() {
        return "&separator=" + separator + "&decimal=" + decimal;
    }
}
