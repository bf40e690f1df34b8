package io.github.ratecard.ledger;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.ClosedMonths;
import io.github.ratecard.approval.CoveredTimesheet;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.Locks;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.PeriodCloseStore;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetSettings;
import io.github.ratecard.approval.TimesheetStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the ledger learns which work is locked (its day in an approved timesheet, in a project the timesheet
 * covered when it was approved or that runs at its cadence now, or in a closed month) and keeps the changes of
 * locked work it does not take. A batch reads its locks once per kind, over
 * the days it touches: the closed months in one read, its users' approved timesheets in one read, and, only
 * when some timesheet in those days is approved, the cadence of each project the batch names.
 */
public final class LockedWork {

    /** No approvals: nothing is ever locked. */
    public static final LockedWork NONE = new LockedWork(null, null, null, null);

    private static final Locks UNLOCKED = (userKey, projectId, day) -> Set.of();

    private final TimesheetStore timesheets;
    private final TimesheetSettings settings;
    private final PeriodCloseStore closes;
    private final PendingChangeStore pending;

    public LockedWork(TimesheetStore timesheets, TimesheetSettings settings, PeriodCloseStore closes,
                      PendingChangeStore pending) {
        this.timesheets = timesheets;
        this.settings = settings;
        this.closes = closes;
        this.pending = pending;
    }

    /** The locks on the days from {@code first} to {@code last} of the work of these users, read now; meant for one batch. */
    Locks between(LocalDate first, LocalDate last, java.util.Collection<String> userKeys) {
        return between(first, last, userKeys, false);
    }

    /**
     * As {@link #between(LocalDate, LocalDate, java.util.Collection)}; {@code holding}: first takes the row locks of the
     * users' submitted timesheets of those days for the caller's transaction, so that an approval in flight is waited
     * for and seen, and an approval that starts later waits for this write (see {@link TimesheetStore#holdSubmitted}).
     */
    Locks between(LocalDate first, LocalDate last, java.util.Collection<String> userKeys, boolean holding) {
        if (closes == null) {
            return UNLOCKED;
        }
        if (holding) {
            timesheets.holdSubmitted(first.minusDays(31), last, userKeys);
        }
        ClosedMonths closed = closes.closedBetween(YearMonth.from(first), YearMonth.from(last));
        Set<String> approved = new HashSet<>();
        Map<String, List<CoveredTimesheet>> covered = new HashMap<>();
        for (CoveredTimesheet sheet : timesheets.approvedCovering(first.minusDays(31), last, userKeys)) {
            approved.add(key(sheet.userKey(), sheet.period()));
            if (!sheet.projects().isEmpty()) {
                covered.computeIfAbsent(sheet.userKey(), user -> new ArrayList<>()).add(sheet);
            }
        }
        Map<Long, Cadence> cadences = new HashMap<>();
        return (userKey, projectId, day) -> {
            Set<Lock> locks = EnumSet.noneOf(Lock.class);
            if (!approved.isEmpty() && (covered.getOrDefault(userKey, List.of()).stream().anyMatch(sheet -> sheet.covers(projectId, day))
                    || approved.contains(key(userKey, TimesheetPeriod.containing(cadences.computeIfAbsent(projectId, settings::cadence), day))))) {
                locks.add(Lock.APPROVED_TIMESHEET);
            }
            if (closed.isClosed(projectId, day)) {
                locks.add(Lock.CLOSED_PERIOD);
            }
            return locks;
        };
    }

    /** The entries among these whose work is locked now: re-pricing leaves them at their price, so a preview of it does too. */
    public Set<Long> lockedOf(List<LedgerEntry> entries) {
        if (closes == null || entries.isEmpty()) {
            return Set.of();
        }
        LocalDate first = entries.get(0).workDate();
        LocalDate last = first;
        Set<String> users = new HashSet<>();
        for (LedgerEntry entry : entries) {
            first = entry.workDate().isBefore(first) ? entry.workDate() : first;
            last = entry.workDate().isAfter(last) ? entry.workDate() : last;
            users.add(entry.authorKey());
        }
        Locks locks = between(first, last, users);
        Set<Long> locked = new HashSet<>();
        entries.stream().filter(entry -> !locks.on(entry.authorKey(), entry.projectId(), entry.workDate()).isEmpty())
                .forEach(entry -> locked.add(entry.worklogId()));
        return locked;
    }

    Optional<PendingChangeStore> pending() {
        return Optional.ofNullable(pending);
    }

    private static String key(String userKey, TimesheetPeriod period) {
        return userKey + '\0' + period.cadence() + period.first();
    }
}
