package io.github.ratecard.approval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told what about a timesheet. A submit (by its user or automatic) goes to its approvers, an
 * approval, rejection or reopening to its user, and a change of approved or closed time that the
 * ledger holds as pending to the approvers of the work's project. Approvers are named by the leads
 * of the projects concerned, since holders of Manage budgets cannot be listed. Nobody is told of
 * their own action, and no lead is told of their own time.
 */
public final class NoticeRules {

    private NoticeRules() {
    }

    /** The notices of a timesheet's move; {@code projectLeads}: the leads of the projects its time was logged in (blank or null: none). */
    public static List<Notice> ofMove(Timesheet sheet, TimesheetEvent event, Collection<String> projectLeads) {
        Optional<String> by = Optional.ofNullable(event.byUserKey());
        Optional<String> reason = Optional.ofNullable(event.reason());
        return switch (event.action()) {
            case SUBMIT, AUTO_SUBMIT -> approvers(projectLeads, Set.of(sheet.userKey())).stream()
                    .map(lead -> new Notice(Notice.Kind.SUBMITTED, lead, sheet.userKey(), sheet.period(), by, reason, Optional.empty())).toList();
            case APPROVE -> toUser(Notice.Kind.APPROVED, sheet, by, reason);
            case REJECT -> toUser(Notice.Kind.REJECTED, sheet, by, reason);
            case REOPEN -> toUser(Notice.Kind.REOPENED, sheet, by, reason);
        };
    }

    /**
     * The notices of a change of locked work held as pending: to the leads of the projects it touches
     * (before and after a move), not to the people whose work it is. {@code period}: the timesheet
     * period of the changed work.
     */
    public static List<Notice> ofPendingChange(PendingChange change, TimesheetPeriod period, Collection<String> projectLeads) {
        Set<String> workers = new LinkedHashSet<>();
        change.before().ifPresent(work -> workers.add(work.userKey()));
        change.after().ifPresent(work -> workers.add(work.userKey()));
        return approvers(projectLeads, workers).stream().map(lead -> new Notice(Notice.Kind.LOCKED_WORK_CHANGED, lead, change.userKey(), period,
                Optional.empty(), Optional.empty(), Optional.of(change))).toList();
    }

    private static List<Notice> toUser(Notice.Kind kind, Timesheet sheet, Optional<String> by, Optional<String> reason) {
        if (by.filter(sheet.userKey()::equals).isPresent()) {
            return List.of();
        }
        return List.of(new Notice(kind, sheet.userKey(), sheet.userKey(), sheet.period(), by, reason, Optional.empty()));
    }

    private static Set<String> approvers(Collection<String> leads, Set<String> excluded) {
        Set<String> approvers = new LinkedHashSet<>();
        leads.stream().filter(Objects::nonNull).filter(lead -> !lead.isBlank()).filter(lead -> !excluded.contains(lead)).forEach(approvers::add);
        return approvers;
    }
}
