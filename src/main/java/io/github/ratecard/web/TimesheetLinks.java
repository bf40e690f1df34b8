package io.github.ratecard.web;

import io.github.ratecard.approval.TimesheetPeriod;

/** Where the timesheet pages live, and a link to one of them opened on a period: the one place their paths are written. */
public final class TimesheetLinks {

    /** The signed-in user's own timesheet. */
    public static final String MY_TIMESHEET = "/plugins/servlet/ratecard/timesheet";
    /** The timesheets the signed-in user approves. */
    public static final String APPROVALS = "/plugins/servlet/ratecard/approvals";
    /** Finance's months × projects, open or closed. */
    public static final String PERIODS = "/plugins/servlet/ratecard/periods";

    private TimesheetLinks() {
    }

    /** {@code page} (one of the constants) opened on the period; {@code baseUrl}: Jira's base URL, absolute in e-mails. */
    public static String of(String baseUrl, String page, TimesheetPeriod period) {
        return (baseUrl == null ? "" : baseUrl) + page + "?cadence=" + period.cadence().name() + "&day=" + period.first();
    }
}
