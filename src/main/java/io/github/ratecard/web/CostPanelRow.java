package io.github.ratecard.web;

/** One worklog in the Cost & billing panel, formatted for the viewer. */
public final class CostPanelRow {

    private final String author;
    private final String date;
    private final String worked;
    private final String billed;
    private final String amount;
    private final String overrideReason;
    private final boolean missingRate;
    private final boolean invoiced;

    public CostPanelRow(String author, String date, String worked, String billed, String amount, String overrideReason,
                        boolean missingRate, boolean invoiced) {
        this.author = author;
        this.date = date;
        this.worked = worked;
        this.billed = billed;
        this.amount = amount;
        this.overrideReason = overrideReason;
        this.missingRate = missingRate;
        this.invoiced = invoiced;
    }

    public String getAuthor() {
        return author;
    }

    public String getDate() {
        return date;
    }

    public String getWorked() {
        return worked;
    }

    public String getBilled() {
        return billed;
    }

    /** The bill amount, or empty when a rate is missing. */
    public String getAmount() {
        return amount;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public boolean isMissingRate() {
        return missingRate;
    }

    public boolean isInvoiced() {
        return invoiced;
    }
}
