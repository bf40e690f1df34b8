package io.github.ratecard.invoice;

import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.approval.TimesheetSettings;
import io.github.ratecard.approval.TimesheetStates;
import io.github.ratecard.approval.TimesheetStore;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.ledger.LedgerEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Which of a draft's or a billing report's work its approval state lets in. A draft of a project whose option
 * asks for approved time only takes its approved work; a report takes the state it is asked for. The timesheets are
 * read once per call (one read per few hundred users), and not at all when every project takes all its work.
 */
public final class WorkApprovals {

    /** No approvals: all work is let in. */
    public static final WorkApprovals NONE = new WorkApprovals(null, null);

    private final TimesheetStore timesheets;
    private final TimesheetSettings settings;

    public WorkApprovals(TimesheetStore timesheets, TimesheetSettings settings) {
        this.timesheets = timesheets;
        this.settings = settings;
    }

    /** The filter each project's work goes through. */
    @FunctionalInterface
    public interface Choice {
        ApprovalFilter of(long projectId);

        Choice ALL = projectId -> ApprovalFilter.ALL;
    }

    /** A draft's: approved work only in the projects whose option asks for it. */
    public Choice forDrafts() {
        if (settings == null) {
            return Choice.ALL;
        }
        Map<Long, ApprovalFilter> filters = new HashMap<>();
        return projectId -> filters.computeIfAbsent(projectId, id -> settings.draftsApprovedOnly(id) ? ApprovalFilter.APPROVED : ApprovalFilter.ALL);
    }

    /** What the filter let in, and the billed seconds of the work it left out. */
    public record Outcome(List<LedgerEntry> entries, long leftOutSeconds) {
    }

    Outcome filter(List<LedgerEntry> entries, DateRange period, Choice choice) {
        Set<String> users = new HashSet<>();
        boolean filtering = false;
        for (LedgerEntry entry : entries) {
            users.add(entry.authorKey());
            filtering |= choice.of(entry.projectId()) != ApprovalFilter.ALL;
        }
        if (!filtering || timesheets == null) {
            return new Outcome(entries, 0);
        }
        LongFunction<io.github.ratecard.approval.Cadence> cadence = settings::cadence;
        TimesheetStates states = new TimesheetStates(timesheets.beginningBetween(period.first().minusDays(31), period.last(), users), cadence);
        List<LedgerEntry> kept = new ArrayList<>(entries.size());
        long leftOut = 0;
        for (LedgerEntry entry : entries) {
            if (choice.of(entry.projectId()).admits(states.of(entry.authorKey(), entry.projectId(), entry.workDate()))) {
                kept.add(entry);
            } else {
                leftOut += entry.billedSeconds();
            }
        }
        return new Outcome(kept, leftOut);
    }
}
