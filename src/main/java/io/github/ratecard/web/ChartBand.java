package io.github.ratecard.web;

/**
 * A stretch of the chart's time axis over budget, drawn as a hatched band with a text on it, so
 * that it reads without colour: {@code forecast} when only the forecast is over there.
 */
public final class ChartBand {

    private final String x;
    private final String width;
    private final String textX;
    private final String anchor;
    private final boolean forecast;
    private final String text;
    private final String label;

    public ChartBand(String x, String width, String textX, String anchor, boolean forecast, String text, String label) {
        this.x = x;
        this.width = width;
        this.textX = textX;
        this.anchor = anchor;
        this.forecast = forecast;
        this.text = text;
        this.label = label;
    }

    public String getX() {
        return x;
    }

    public String getWidth() {
        return width;
    }

    public String getTextX() {
        return textX;
    }

    public String getAnchor() {
        return anchor;
    }

    public boolean isForecast() {
        return forecast;
    }

    /** The short text on the band: "Over budget". */
    public String getText() {
        return text;
    }

    /** The band's full description, with its dates. */
    public String getLabel() {
        return label;
    }
}
