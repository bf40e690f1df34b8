package io.github.ratecard.web;

/** Complete keys of the web-resource modules in the descriptor. */
public final class WebResources {

    public static final String PLUGIN_KEY = "io.github.ratecard.ratecard-jira";
    public static final String RATECARD = PLUGIN_KEY + ":ratecard-resources";
    public static final String ADMIN = PLUGIN_KEY + ":ratecard-admin-resources";
    public static final String BUDGET = PLUGIN_KEY + ":ratecard-budget-resources";
    public static final String INVOICES = PLUGIN_KEY + ":ratecard-invoice-resources";
    public static final String TIMESHEETS = PLUGIN_KEY + ":ratecard-timesheet-resources";
    public static final String CAPACITY = PLUGIN_KEY + ":ratecard-capacity-resources";
    public static final String UTILISATION = PLUGIN_KEY + ":ratecard-utilisation-resources";
    public static final String HINTS = PLUGIN_KEY + ":ratecard-hint-resources";
    public static final String FX = PLUGIN_KEY + ":ratecard-fx-resources";
    public static final String CONTRACTS = PLUGIN_KEY + ":ratecard-contract-resources";
    public static final String WEBHOOKS = PLUGIN_KEY + ":ratecard-webhook-resources";
    public static final String ACCOUNTING_SETTINGS = PLUGIN_KEY + ":ratecard-accounting-settings-resources";

    private WebResources() {
    }
}
