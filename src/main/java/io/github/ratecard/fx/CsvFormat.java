package io.github.ratecard.fx;

/** The two layouts of an exchange-rate file. */
public enum CsvFormat {
    /** {@code date,base,quote,rate[,source]}, one rate a line, an optional heading line starting with {@code date}. */
    LONG,
    /**
     * The European Central Bank's reference rates: a heading {@code Date,USD,JPY,…}, then one line per day with the
     * units of each currency one euro buys; {@code N/A} and empty cells are days the currency was not quoted.
     */
    ECB
}
