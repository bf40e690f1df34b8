package io.github.ratecard.web;

import java.util.List;

/**
 * The hints page, in the viewer's words and ready to print (the template escapes every value): the
 * filters with their choices, the rows, the latest run, what the viewer may do, and the downloads of
 * the listed hints.
 */
public record HintsView(List<Choice> rules, List<Choice> states, String account, String project, List<HintRow> rows, String lastRun,
                        String failedRules, int uninvoicedDays, boolean finance, boolean subscribed, Downloads downloads) {

    /** The URLs of the listed hints as XLSX and as CSV in the viewer's style and the other one, with the styles' i18n keys. */
    public record Downloads(String xlsx, String csv, String csvStyle, String csvOther, String csvOtherStyle) {
    }

    public String getXlsxUrl() {
        return downloads.xlsx();
    }

    public String getCsvUrl() {
        return downloads.csv();
    }

    public String getCsvStyle() {
        return downloads.csvStyle();
    }

    public String getCsvOtherUrl() {
        return downloads.csvOther();
    }

    public String getCsvOtherStyle() {
        return downloads.csvOtherStyle();
    }

    public List<Choice> getRules() {
        return rules;
    }

    public List<Choice> getStates() {
        return states;
    }

    public String getAccount() {
        return account;
    }

    public String getProject() {
        return project;
    }

    public List<HintRow> getRows() {
        return rows;
    }

    public boolean isNone() {
        return rows.isEmpty();
    }

    public String getLastRun() {
        return lastRun;
    }

    public String getFailedRules() {
        return failedRules;
    }

    public int getUninvoicedDays() {
        return uninvoicedDays;
    }

    public boolean isFinance() {
        return finance;
    }

    public boolean isSubscribed() {
        return subscribed;
    }
}
