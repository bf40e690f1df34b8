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

    /** A timesheet and when it last moved (its latest step). */
    record Dated(Timesheet sheet, java.time.Instant movedAt) {
    }

    /** As {@link #ofPeriod}, with when each timesheet last moved; one read. */
    List<Dated> datedOfPeriod(TimesheetPeriod period);

    /** Keeps the projects the timesheet covers as it is approved, so its days stay locked in them whatever their cadence becomes. */
    void cover(long id, java.util.Set<Long> projects);

    /**
     * The approved timesheets of these users whose period begins from {@code firstFrom} to {@code firstTo}, each with
     * the projects it covered when approved: the locks of a batch of changes, in one read per few hundred users.
     */
    List<CoveredTimesheet> approvedCovering(LocalDate firstFrom, LocalDate firstTo, java.util.Collection<String> userKeys);

    /**
     * Takes the row lock of the SUBMITTED timesheets of these users whose period begins from {@code firstFrom} to
     * {@code firstTo}, until the caller's transaction ends: a ledger write does this before it reads the locks, so an
     * approval and a ledger write of the same time follow one another instead of crossing.
     */
    void holdSubmitted(LocalDate firstFrom, LocalDate firstTo, java.util.Collection<String> userKeys);

    /**
     * The timesheets, in every state, of these users whose period begins from {@code firstFrom} to {@code firstTo}:
     * the approval states of a report's or a draft's work, in one read per few hundred users.
     */
    List<CoveredTimesheet> beginningBetween(LocalDate firstFrom, LocalDate firstTo, java.util.Collection<String> userKeys);

    /** One user's period, as {@link #storedOf} asks for it. */
    record UserPeriod(String userKey, TimesheetPeriod period) {
    }

    /** The stored timesheets among these users' periods (those nobody acted on are not stored): one read per few hundred. */
    List<Timesheet> storedOf(java.util.Collection<UserPeriod> wanted);
}
