package io.github.ratecard.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The English sentences the API states about approval on invoices and reports (pages say them in the viewer's language). */
final class ApprovalStatements {

    private ApprovalStatements() {
    }

    static String pendingChanges(long count) {
        if (count == 0) {
            return "No pending changes of approved or closed time";
        }
        return count + (count == 1 ? " change" : " changes") + " of approved or closed time " + (count == 1 ? "is" : "are")
                + " pending and not included";
    }

    /** {@code filter}: the approval state a billing report asked for; null for a draft, which leaves out what is not approved. */
    static String leftOut(long seconds, String filter) {
        return filter == null ? hours(seconds) + " hours not yet approved were left out"
                : hours(seconds) + " hours of timesheets that are not " + filter + " were left out";
    }

    static String hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
