package io.github.ratecard.web;

/**
 * One series of the burn chart: its element id (also its CSS class), the i18n key of its name,
 * its SVG points and the amounts it passes through, in minor units at each bucket's end.
 */
public final class ChartLine {

    private final String id;
    private final String titleKey;
    private final String points;
    private final String amounts;

    public ChartLine(String id, String titleKey, String points, String amounts) {
        this.id = id;
        this.titleKey = titleKey;
        this.points = points;
        this.amounts = amounts;
    }

    public String getId() {
        return id;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public String getPoints() {
        return points;
    }

    public String getAmounts() {
        return amounts;
    }
}
