package io.github.ratecard.web;

/**
 * One row of the Utilisation page, already worded in the viewer's locale: its label, hours and
 * percentages (empty where there is no capacity), target and state; {@code state} is UNDER, ON,
 * OVER or empty, and picks the row's highlight.
 */
public final class UtilisationPageRow {

    /** The figures of a row, formatted. */
    public record Figures(String capacity, String logged, String billable, String utilisation, String billableUtilisation, String target) {
    }

    private final String label;
    private final Figures figures;
    private final String state;
    private final String stateText;

    public UtilisationPageRow(String label, Figures figures, String state, String stateText) {
        this.label = label;
        this.figures = figures;
        this.state = state;
        this.stateText = stateText;
    }

    public String getLabel() {
        return label;
    }

    public String getCapacity() {
        return figures.capacity();
    }

    public String getLogged() {
        return figures.logged();
    }

    public String getBillable() {
        return figures.billable();
    }

    public String getUtilisation() {
        return figures.utilisation();
    }

    public String getBillableUtilisation() {
        return figures.billableUtilisation();
    }

    public String getTarget() {
        return figures.target();
    }

    public boolean isHasState() {
        return !state.isEmpty();
    }

    public String getState() {
        return state;
    }

    public String getStateText() {
        return stateText;
    }

    /** The class that highlights a row under or over its target; none on target or without a target. */
    public String getRowClass() {
        return switch (state) {
            case "UNDER" -> "ratecard-utilisation-under";
            case "OVER" -> "ratecard-utilisation-over";
            default -> "";
        };
    }

    public String getLozenge() {
        return switch (state) {
            case "UNDER" -> "aui-lozenge aui-lozenge-removed";
            case "OVER" -> "aui-lozenge aui-lozenge-moved";
            default -> "aui-lozenge aui-lozenge-success";
        };
    }
}
