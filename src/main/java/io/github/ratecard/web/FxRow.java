package io.github.ratecard.web;

/**
 * One rate of the Exchange rates page: what the table shows in the viewer's format, and the plain values the edit form
 * takes ({@code base}, {@code quote}, {@code dayIso}, {@code rate} as the viewer writes it, {@code source}). {@code path} is the REST path
 * under {@code fx/rates/} that deletes it.
 */
public final class FxRow {

    private final String base;
    private final String quote;
    private final String dayIso;
    private final String day;
    private final String rate;
    private final String source;

    public FxRow(String base, String quote, String dayIso, String day, String rate, String source) {
        this.base = base;
        this.quote = quote;
        this.dayIso = dayIso;
        this.day = day;
        this.rate = rate;
        this.source = source;
    }

    public String getBase() {
        return base;
    }

    public String getQuote() {
        return quote;
    }

    /** {@code EUR/USD}. */
    public String getPair() {
        return base + "/" + quote;
    }

    /** {@code EUR/USD/2026-11-30}. */
    public String getPath() {
        return base + "/" + quote + "/" + dayIso;
    }

    public String getDayIso() {
        return dayIso;
    }

    public String getDay() {
        return day;
    }

    /** In the viewer's locale with all its decimals and no digit groups, e.g. {@code 1,0825}. */
    public String getRate() {
        return rate;
    }

    public String getSource() {
        return source;
    }
}
