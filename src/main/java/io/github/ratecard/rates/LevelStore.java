package io.github.ratecard.rates;

import java.util.List;
import java.util.Optional;

/** Where staff levels and users' level assignments are kept. */
public interface LevelStore {

    List<StaffLevel> levels();

    Optional<StaffLevel> level(long id);

    /** The level with this name, ignoring case. */
    Optional<StaffLevel> levelNamed(String name);

    long insert(StaffLevel level);

    void update(StaffLevel level);

    /** A user's assignments, earliest first. */
    List<LevelAssignment> assignmentsOf(String userKey);

    List<LevelAssignment> assignmentsOfLevel(long levelId);

    Optional<LevelAssignment> assignment(long id);

    long insert(LevelAssignment assignment);

    void updatePeriod(long assignmentId, EffectivePeriod period);

    void deleteAssignment(long assignmentId);
}
