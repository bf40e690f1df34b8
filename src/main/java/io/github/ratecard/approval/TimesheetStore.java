package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Timesheets and their histories. There is at most one timesheet per user and period, however many ask at once. */
public interface TimesheetStore {

    Optional<Timesheet> find(String userKey, TimesheetPeriod period);

    Optional<Timesheet> byId(long id);

    /** The user's timesheet for the period, created OPEN when there is none (also when another writer creates it at the same time). */
    Timesheet openOrFind(String userKey, TimesheetPeriod period);

    /**
     * Moves the timesheet to {@code event.to()} and appends the event to its history, only if it is
     * still in {@code event.from()}; false (and nothing changed) when another change came first.
     */
    boolean move(long id, TimesheetEvent event);

    /** The timesheet's history, oldest first. */
    List<TimesheetEvent> history(long id);

    /**
     * The approved timesheets of these users whose period begins from {@code firstFrom} to {@code firstTo}: the locks
     * of a batch of changes, in one read per few hundred users.
     */
    List<Timesheet> approvedBeginning(LocalDate firstFrom, LocalDate firstTo, java.util.Collection<String> userKeys);

    /** The timesheets of a period, by user: what the approvals page lists. */
    List<Timesheet> ofPeriod(TimesheetPeriod period);

    /** One user's period, as {@link #storedOf} asks for it. */
    record UserPeriod(String userKey, TimesheetPeriod period) {
    }

    /** The stored timesheets among these users' periods (those nobody acted on are not stored): one read per few hundred. */
    List<Timesheet> storedOf(java.util.Collection<UserPeriod> wanted);
}
