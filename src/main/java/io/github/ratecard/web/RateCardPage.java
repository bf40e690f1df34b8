package io.github.ratecard.web;

import java.util.Arrays;
import java.util.Optional;

/** The rate card's admin pages, under /plugins/servlet/ratecard/rates/…, each with its template. */
public enum RateCardPage {
    LEVELS("levels", "templates/admin/levels.vm", false),
    COST_RATES("cost", "templates/admin/cost-rates.vm", false),
    ACCOUNTS("accounts", "templates/admin/accounts.vm", false),
    BILL_RATES("bill", "templates/admin/bill-rates.vm", false),
    LEDGER("ledger", "templates/admin/ledger.vm", true);

    private final String path;
    private final String template;
    private final boolean alsoForAdministrators;

    RateCardPage(String path, String template, boolean alsoForAdministrators) {
        this.path = path;
        this.template = template;
        this.alsoForAdministrators = alsoForAdministrators;
    }

    /** Whether Jira administrators without the finance permission may open the page (finance always may). */
    public boolean alsoForAdministrators() {
        return alsoForAdministrators;
    }

    public String path() {
        return path;
    }

    public String template() {
        return template;
    }

    /** The page for the part of the URL after /ratecard/rates/. */
    public static Optional<RateCardPage> forPath(String pathInfo) {
        String name = pathInfo == null ? "" : pathInfo.replaceAll("^/+|/+$", "");
        return Arrays.stream(values()).filter(p -> p.path.equals(name)).findFirst();
    }
}
