package io.github.ratecard.web;

import java.util.List;

/**
 * Finance's Exchange rates page: the rates the filter picks (a currency, or all), one page of them latest first, and the
 * links to the pages before and after. Every text is plain and escaped by the template.
 */
public final class FxView {

    private final String currency;
    private final List<FxRow> rates;
    private final String shown;
    private final String previous;
    private final String next;

    public FxView(String currency, List<FxRow> rates, String shown, String previous, String next) {
        this.currency = currency;
        this.rates = List.copyOf(rates);
        this.shown = shown;
        this.previous = previous;
        this.next = next;
    }

    /** The currency filtered by, empty for all. */
    public String getCurrency() {
        return currency;
    }

    public List<FxRow> getRates() {
        return rates;
    }

    public boolean isHasRates() {
        return !rates.isEmpty();
    }

    /** E.g. "1–100 of 240". */
    public String getShown() {
        return shown;
    }

    public boolean isHasPrevious() {
        return !previous.isEmpty();
    }

    /** The query of the page before, e.g. {@code ?currency=USD&offset=0}; empty for none. */
    public String getPrevious() {
        return previous;
    }

    public boolean isHasNext() {
        return !next.isEmpty();
    }

    public String getNext() {
        return next;
    }
}
