package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Staff levels in RC_LEVEL and assignments in RC_LEVEL_ASSIGN. */
public class AoLevelStore implements LevelStore {

    private final ActiveObjects ao;

    public AoLevelStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<StaffLevel> levels() {
        return Arrays.stream(ao.find(LevelEntity.class, Query.select().order(LevelEntity.NAME_LOWER)))
                .map(AoLevelStore::level).collect(Collectors.toList());
    }

    @Override
    public Optional<StaffLevel> level(long id) {
        return Optional.ofNullable(ao.get(LevelEntity.class, (int) id)).map(AoLevelStore::level);
    }

    @Override
    public Optional<StaffLevel> levelNamed(String name) {
        LevelEntity[] found = ao.find(LevelEntity.class, Query.select().where(LevelEntity.NAME_LOWER + " = ?", lower(name)));
        return found.length == 0 ? Optional.empty() : Optional.of(level(found[0]));
    }

    @Override
    public long insert(StaffLevel level) {
        Map<String, Object> row = new HashMap<>();
        row.put(LevelEntity.NAME, level.name());
        row.put(LevelEntity.NAME_LOWER, lower(level.name()));
        row.put(LevelEntity.DESCRIPTION, level.description());
        row.put(LevelEntity.ACTIVE, level.active());
        return ao.create(LevelEntity.class, row).getID();
    }

    @Override
    public void update(StaffLevel level) {
        LevelEntity entity = ao.get(LevelEntity.class, (int) level.id());
        entity.setName(level.name());
        entity.setNameLower(lower(level.name()));
        entity.setDescription(level.description());
        entity.setActive(level.active());
        entity.save();
    }

    @Override
    public List<LevelAssignment> assignmentsOf(String userKey) {
        return assignments(Query.select().where(LevelAssignmentEntity.USER_KEY + " = ?", userKey)
                .order(LevelAssignmentEntity.VALID_FROM_DAY));
    }

    @Override
    public List<LevelAssignment> assignmentsOfLevel(long levelId) {
        return assignments(Query.select().where(LevelAssignmentEntity.LEVEL_ID + " = ?", levelId)
                .order(LevelAssignmentEntity.USER_KEY + ", " + LevelAssignmentEntity.VALID_FROM_DAY));
    }

    @Override
    public Optional<LevelAssignment> assignment(long id) {
        return Optional.ofNullable(ao.get(LevelAssignmentEntity.class, (int) id)).map(AoLevelStore::assignment);
    }

    @Override
    public long insert(LevelAssignment assignment) {
        Map<String, Object> row = new HashMap<>();
        row.put(LevelAssignmentEntity.USER_KEY, assignment.userKey());
        row.put(LevelAssignmentEntity.LEVEL_ID, assignment.levelId());
        row.put(LevelAssignmentEntity.VALID_FROM_DAY, assignment.period().validFrom().toEpochDay());
        row.put(LevelAssignmentEntity.VALID_TO_DAY, Days.toDay(assignment.period()));
        return ao.create(LevelAssignmentEntity.class, row).getID();
    }

    @Override
    public void updatePeriod(long assignmentId, EffectivePeriod period) {
        LevelAssignmentEntity entity = ao.get(LevelAssignmentEntity.class, (int) assignmentId);
        entity.setValidFromDay(period.validFrom().toEpochDay());
        entity.setValidToDay(Days.toDay(period));
        entity.save();
    }

    @Override
    public void deleteAssignment(long assignmentId) {
        ao.deleteWithSQL(LevelAssignmentEntity.class, "ID = ?", (int) assignmentId);
    }

    private List<LevelAssignment> assignments(Query query) {
        return Arrays.stream(ao.find(LevelAssignmentEntity.class, query)).map(AoLevelStore::assignment).collect(Collectors.toList());
    }

    private static StaffLevel level(LevelEntity entity) {
        return new StaffLevel(entity.getID(), entity.getName(), entity.getDescription(), entity.isActive());
    }

    private static LevelAssignment assignment(LevelAssignmentEntity entity) {
        return new LevelAssignment(entity.getID(), entity.getUserKey(), entity.getLevelId(),
                Days.period(entity.getValidFromDay(), entity.getValidToDay()));
    }

    private static String lower(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
