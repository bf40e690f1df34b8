package io.github.ratecard.testing.kits;

import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import java.time.Instant;

/** Worklog changes and ledger entries of the rate card kit's projects ACME and GLX, each project's work on one issue. */
public final class LedgerChanges {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();

    private LedgerChanges() {
    }

    public static long issueOf(long project) {
        return project * 10;
    }

    public static WorklogChange saved(long worklogId, long project, String author, String started, long seconds, String updated) {
        return WorklogChange.saved(new WorklogRecord(worklogId, issueOf(project), project == ACME ? "ACME-1" : "GLX-1", project,
                project == ACME ? "ACME" : "GLX", author, Instant.parse(started), seconds, Instant.parse(updated)));
    }

    /** The entry as marked invoiced. */
    public static LedgerEntry invoiced(LedgerEntry e) {
        return new LedgerEntry(e.worklogId(), e.issueId(), e.projectId(), e.authorKey(), e.started(), e.workDate(), e.workedSeconds(),
                e.billedSeconds(), e.billable(), e.accountKey(), e.cost(), e.bill(), e.value(), e.costRateId(), e.billRateId(), e.status(), e.pricedAt(),
                e.sourceUpdated(), true);
    }
}
