package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.ApprovalRefusal;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.CoveredTimesheet;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.TimesheetStore;
import io.github.ratecard.domain.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * Timesheets in RC_TIMESHEET, their histories in RC_TIMESHEET_EVT. A move updates the timesheet's row after it
 * appends the step, so it waits for a ledger write holding the row ({@link #holdSubmitted}) and then follows it.
 */
public class AoTimesheetStore implements TimesheetStore {

    private static final String ID = "ID";
    private static final int USERS_PER_READ = 500;
    private static final int PROJECTS_LENGTH = 450;

    private final ActiveObjects ao;
    private final Clock clock;

    public AoTimesheetStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<Timesheet> find(String userKey, TimesheetPeriod period) {
        return row(userKey, period).map(AoTimesheetStore::timesheet);
    }

    @Override
    public Optional<Timesheet> byId(long id) {
        return Optional.ofNullable(ao.get(TimesheetEntity.class, (int) id)).map(AoTimesheetStore::timesheet);
    }

    /** Called outside a transaction: a duplicate refused by the database is read back, which PostgreSQL allows only then. */
    @Override
    public Timesheet openOrFind(String userKey, TimesheetPeriod period) {
        Optional<Timesheet> found = find(userKey, period);
        if (found.isPresent()) {
            return found.get();
        }
        Map<String, Object> row = new HashMap<>();
        row.put(TimesheetEntity.SHEET_KEY, sheetKey(userKey, period));
        row.put(TimesheetEntity.USER_KEY, userKey);
        row.put(TimesheetEntity.CADENCE, period.cadence().name());
        row.put(TimesheetEntity.FIRST_DAY, period.first().toEpochDay());
        row.put(TimesheetEntity.STATE, TimesheetState.OPEN.name());
        row.put(TimesheetEntity.STEPS, 0);
        row.put(TimesheetEntity.UPDATED_MILLIS, clock.millis());
        try {
            return timesheet(ao.create(TimesheetEntity.class, row));
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            return find(userKey, period).orElseThrow(() -> e);
        }
    }

    @Override
    public boolean move(long id, TimesheetEvent event) {
        TimesheetEntity sheet = ao.get(TimesheetEntity.class, (int) id);
        if (sheet == null || !sheet.getState().equals(event.from().name())) {
            return false;
        }
        int step = sheet.getSteps() + 1;
        Map<String, Object> row = new HashMap<>();
        row.put(TimesheetEventEntity.STEP_KEY, id + "#" + step);
        row.put(TimesheetEventEntity.TIMESHEET_ID, id);
        row.put(TimesheetEventEntity.ACTION, event.action().name());
        row.put(TimesheetEventEntity.FROM_STATE, event.from().name());
        row.put(TimesheetEventEntity.TO_STATE, event.to().name());
        row.put(TimesheetEventEntity.BY_USER, event.byUserKey());
        row.put(TimesheetEventEntity.AT_MILLIS, event.at().toEpochMilli());
        row.put(TimesheetEventEntity.REASON, event.reason());
        try {
            ao.create(TimesheetEventEntity.class, row);
        } catch (RuntimeException e) {
            if (Sql.isConflict(e)) {
                throw new ConflictException("state", ApprovalRefusal.CHANGED_MEANWHILE.english());
            }
            throw e;
        }
        sheet.setState(event.to().name());
        sheet.setSteps(step);
        sheet.setUpdatedMillis(event.at().toEpochMilli());
        sheet.save();
        return true;
    }

    @Override
    public List<TimesheetEvent> history(long id) {
        return Arrays.stream(ao.find(TimesheetEventEntity.class, Query.select().where(TimesheetEventEntity.TIMESHEET_ID + " = ?", id)
                        .order(ID)))
                .map(row -> new TimesheetEvent(TimesheetAction.valueOf(row.getAction()), TimesheetState.valueOf(row.getFromState()),
                        TimesheetState.valueOf(row.getToState()), row.getByUser(), Instant.ofEpochMilli(row.getAtMillis()), row.getReason()))
                .toList();
    }

    @Override
    public List<Timesheet> ofPeriod(TimesheetPeriod period) {
        return Arrays.stream(ao.find(TimesheetEntity.class, Query.select().where(TimesheetEntity.FIRST_DAY + " = ? AND " + TimesheetEntity.CADENCE
                        + " = ?", period.first().toEpochDay(), period.cadence().name()).order(TimesheetEntity.USER_KEY)))
                .map(AoTimesheetStore::timesheet).toList();
    }

    @Override
    public List<Dated> datedOfPeriod(TimesheetPeriod period) {
        return Arrays.stream(ao.find(TimesheetEntity.class, Query.select().where(TimesheetEntity.FIRST_DAY + " = ? AND " + TimesheetEntity.CADENCE
                        + " = ?", period.first().toEpochDay(), period.cadence().name()).order(TimesheetEntity.USER_KEY)))
                .map(row -> new Dated(timesheet(row), Instant.ofEpochMilli(row.getUpdatedMillis()))).toList();
    }

    @Override
    public List<Timesheet> approvedBeginning(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
        List<Timesheet> approved = new ArrayList<>();
        inState(TimesheetState.APPROVED, firstFrom, firstTo, userKeys, row -> approved.add(timesheet(row)));
        return approved;
    }

    @Override
    public List<CoveredTimesheet> approvedCovering(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
        List<CoveredTimesheet> approved = new ArrayList<>();
        inState(TimesheetState.APPROVED, firstFrom, firstTo, userKeys, row -> approved.add(covered(row)));
        return approved;
    }

    @Override
    public List<CoveredTimesheet> beginningBetween(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
        List<CoveredTimesheet> found = new ArrayList<>();
        inState(null, firstFrom, firstTo, userKeys, row -> found.add(covered(row)));
        return found;
    }

    private static CoveredTimesheet covered(TimesheetEntity row) {
        Timesheet sheet = timesheet(row);
        return new CoveredTimesheet(sheet.userKey(), sheet.period(), sheet.state(), projects(row.getProjects()));
    }

    /**
     * Updates the rows in the order of their ids, whatever the users asked for and however they fall into reads, so that
     * two writes holding several of the same timesheets lock them in the same order and cannot deadlock.
     */
    @Override
    public void holdSubmitted(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
        List<TimesheetEntity> submitted = new ArrayList<>();
        inState(TimesheetState.SUBMITTED, firstFrom, firstTo, userKeys, submitted::add);
        submitted.sort(java.util.Comparator.comparingInt(TimesheetEntity::getID));
        for (TimesheetEntity row : submitted) {
            row.setHolds(row.getHolds() == null ? 1 : row.getHolds() + 1);
            row.save();
        }
    }

    @Override
    public void cover(long id, Set<Long> projects) {
        TimesheetEntity row = ao.get(TimesheetEntity.class, (int) id);
        String text = projects.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
        row.setProjects(projects.isEmpty() || text.length() > PROJECTS_LENGTH ? null : text);
        row.save();
    }

    /** {@code state} null: every state. */
    private void inState(TimesheetState state, LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys, Consumer<TimesheetEntity> each) {
        List<String> users = List.copyOf(new java.util.LinkedHashSet<>(userKeys));
        for (int start = 0; start < users.size(); start += USERS_PER_READ) {
            List<String> chunk = users.subList(start, Math.min(users.size(), start + USERS_PER_READ));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(firstFrom.toEpochDay());
            parameters.add(firstTo.toEpochDay());
            if (state != null) {
                parameters.add(state.name());
            }
            Arrays.stream(ao.find(TimesheetEntity.class, Query.select().where(TimesheetEntity.USER_KEY + Sql.in(chunk.size()) + " AND "
                    + TimesheetEntity.FIRST_DAY + " >= ? AND " + TimesheetEntity.FIRST_DAY + " <= ?" + (state == null ? "" : " AND "
                    + TimesheetEntity.STATE + " = ?"), parameters.toArray()).order(ID))).forEach(each);
        }
    }

    private static Set<Long> projects(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).filter(id -> !id.isEmpty()).map(Long::valueOf).collect(Collectors.toSet());
    }

    @Override
    public List<Timesheet> storedOf(Collection<UserPeriod> wanted) {
        List<String> keys = wanted.stream().map(w -> sheetKey(w.userKey(), w.period())).distinct().toList();
        List<Timesheet> found = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += USERS_PER_READ) {
            List<String> chunk = keys.subList(start, Math.min(keys.size(), start + USERS_PER_READ));
            Arrays.stream(ao.find(TimesheetEntity.class, Query.select().where(TimesheetEntity.SHEET_KEY + Sql.in(chunk.size()), chunk.toArray())))
                    .map(AoTimesheetStore::timesheet).forEach(found::add);
        }
        return found;
    }

    private Optional<TimesheetEntity> row(String userKey, TimesheetPeriod period) {
        TimesheetEntity[] rows = ao.find(TimesheetEntity.class, Query.select().where(TimesheetEntity.SHEET_KEY + " = ?", sheetKey(userKey, period)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static String sheetKey(String userKey, TimesheetPeriod period) {
        return Digests.of(userKey, period.cadence().name(), period.first().toString());
    }

    private static Timesheet timesheet(TimesheetEntity row) {
        return new Timesheet(row.getID(), row.getUserKey(), new TimesheetPeriod(Cadence.valueOf(row.getCadence()), LocalDate.ofEpochDay(row.getFirstDay())),
                TimesheetState.valueOf(row.getState()));
    }
}
