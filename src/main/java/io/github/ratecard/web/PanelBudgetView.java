package io.github.ratecard.web;

/**
 * One budget on the Cost & billing panel, formatted: whose budget, how much is used (as text and
 * 0–100 for the bar), the budget's amount with its forecast ("Budget €20,000 · forecast €18,400"),
 * its state and the threshold it has reached.
 */
public final class PanelBudgetView {

    private final long id;
    private final String label;
    private final String consumed;
    private final int meter;
    private final String forecast;
    private final String state;
    private final String alert;

    public PanelBudgetView(long id, String label, String consumed, int meter, String forecast, String state, String alert) {
        this.id = id;
        this.label = label;
        this.consumed = consumed;
        this.meter = Math.max(0, Math.min(100, meter));
        this.forecast = forecast;
        this.state = state;
        this.alert = alert;
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getConsumed() {
        return consumed;
    }

    public int getMeter() {
        return meter;
    }

    public String getForecast() {
        return forecast;
    }

    public String getState() {
        return state;
    }

    public boolean isHasAlert() {
        return alert != null;
    }

    public String getAlert() {
        return alert;
    }
}
