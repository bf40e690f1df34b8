package io.github.ratecard.web;

/** A staff level on the Utilisation page and its billable target as the viewer writes it (empty without one). */
public final class UtilisationTargetRow {

    private final long levelId;
    private final String levelName;
    private final String billablePercent;

    public UtilisationTargetRow(long levelId, String levelName, String billablePercent) {
        this.levelId = levelId;
        this.levelName = levelName;
        this.billablePercent = billablePercent;
    }

    public long getLevelId() {
        return levelId;
    }

    public String getLevelName() {
        return levelName;
    }

    public String getBillablePercent() {
        return billablePercent;
    }
}
