package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.EffectiveSchedule;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.SchedulePlan;
import io.github.ratecard.rates.StaffLevel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Staff levels and who holds which level when. Every change is audited; a rejected one changes nothing. */
public final class LevelService {

    static final String LEVEL = "level";
    static final String ASSIGNMENT = "level-assignment";

    private final LevelStore store;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final RepricingRequests repricing;

    public LevelService(LevelStore store, UserDirectory users, AuditLog audit, Transactions transactions,
                        RepricingRequests repricing) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.repricing = repricing;
    }

    public List<StaffLevel> levels() {
        return store.levels();
    }

    public StaffLevel level(long id) {
        return store.level(id).orElseThrow(() -> new NotFoundException("No staff level " + id));
    }

    public StaffLevel create(String name, String description) {
        StaffLevel candidate = new StaffLevel(0, name, description, true);
        return transactions.inTransaction(() -> {
            requireUniqueName(candidate.name(), 0);
            StaffLevel created = candidate.withId(store.insert(candidate));
            audit.record(LEVEL, Long.toString(created.id()), "create", null, snapshot(created));
            return created;
        });
    }

    public StaffLevel update(long id, String name, String description, boolean active) {
        return transactions.inTransaction(() -> {
            StaffLevel before = level(id);
            StaffLevel after = new StaffLevel(id, name, description, active);
            requireUniqueName(after.name(), id);
            store.update(after);
            audit.record(LEVEL, Long.toString(id), "update", snapshot(before), snapshot(after));
            return after;
        });
    }

    public List<LevelAssignment> assignmentsOf(String userKey) {
        return store.assignmentsOf(userKey);
    }

    public List<LevelAssignment> assignmentsOfLevel(long levelId) {
        level(levelId);
        return store.assignmentsOfLevel(levelId);
    }

    public Optional<LevelAssignment> levelOn(String userKey, LocalDate day) {
        return store.assignmentsOf(userKey).stream().filter(a -> a.period().contains(day)).findFirst();
    }

    /**
     * Gives the user a level from a day on. If the user's current open-ended assignment started
     * earlier, it ends the day before (a promotion); any other overlap is rejected.
     */
    public LevelAssignment assign(String userKey, long levelId, EffectivePeriod period) {
        InvalidInputException.require(userKey != null && users.byKey(userKey).isPresent(), "userKey", "Unknown user: " + userKey);
        return transactions.inTransaction(() -> {
            StaffLevel level = store.level(levelId).orElseThrow(() -> new InvalidInputException("levelId", "Unknown staff level: " + levelId));
            InvalidInputException.require(level.active(), "levelId", "Staff level " + level.name() + " is inactive");
            SchedulePlan plan = EffectiveSchedule.plan(store.assignmentsOf(userKey), period);
            plan.closing().ifPresent(closing -> {
                LevelAssignment before = store.assignment(closing.id()).orElseThrow();
                store.updatePeriod(closing.id(), closing.newPeriod());
                audit.record(ASSIGNMENT, Long.toString(closing.id()), "close", snapshot(before), snapshot(before.withPeriod(closing.newPeriod())));
            });
            LevelAssignment created = new LevelAssignment(0, userKey, levelId, period);
            long id = store.insert(created);
            LevelAssignment stored = new LevelAssignment(id, userKey, levelId, period);
            audit.record(ASSIGNMENT, Long.toString(id), "create", null, snapshot(stored));
            repricing.reprice(new AffectedWork("level of " + userKey + " changed", null, null, Set.of(userKey), period.validFrom(), null));
            return stored;
        });
    }

    public void deleteAssignment(long assignmentId) {
        transactions.inTransaction(() -> {
            LevelAssignment before = store.assignment(assignmentId)
                    .orElseThrow(() -> new NotFoundException("No level assignment " + assignmentId));
            store.deleteAssignment(assignmentId);
            audit.record(ASSIGNMENT, Long.toString(assignmentId), "delete", snapshot(before), null);
            repricing.reprice(new AffectedWork("level of " + before.userKey() + " removed", null, null, Set.of(before.userKey()),
                    before.period().validFrom(), before.period().validTo()));
            return null;
        });
    }

    private void requireUniqueName(String name, long ownId) {
        store.levelNamed(name).filter(existing -> existing.id() != ownId).ifPresent(existing -> {
            throw new ConflictException("name", "A staff level named " + existing.name() + " already exists");
        });
    }

    static Map<String, Object> snapshot(StaffLevel level) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", level.id());
        map.put("name", level.name());
        map.put("description", level.description());
        map.put("active", level.active());
        return map;
    }

    static Map<String, Object> snapshot(LevelAssignment assignment) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", assignment.id());
        map.put("userKey", assignment.userKey());
        map.put("levelId", assignment.levelId());
        map.put("validFrom", assignment.period().validFrom().toString());
        map.put("validTo", assignment.period().end().map(LocalDate::toString).orElse(null));
        return map;
    }
}
