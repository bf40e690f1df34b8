package io.github.ratecard.web;

/** A text on a chart, such as an axis tick: where it stands, how it is anchored there, and what it says. */
public final class ChartText {

    private final String x;
    private final String y;
    private final String anchor;
    private final String text;

    public ChartText(String x, String y, String anchor, String text) {
        this.x = x;
        this.y = y;
        this.anchor = anchor;
        this.text = text;
    }

    public String getX() {
        return x;
    }

    public String getY() {
        return y;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getText() {
        return text;
    }
}
