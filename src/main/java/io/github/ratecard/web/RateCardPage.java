package io.github.ratecard.web;

import java.util.Arrays;
import java.util.Optional;

/** The rate card's admin pages, under /plugins/servlet/ratecard/rates/…, each with its template. */
public enum RateCardPage {
    LEVELS("levels", "templates/admin/levels.vm"),
    COST_RATES("cost", "templates/admin/cost-rates.vm"),
    ACCOUNTS("accounts", "templates/admin/accounts.vm"),
    BILL_RATES("bill", "templates/admin/bill-rates.vm"),
    LEDGER("ledger", "templates/admin/ledger.vm");

    private final String path;
    private final String template;

    RateCardPage(String path, String template) {
        this.path = path;
        this.template = template;
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
