package io.github.ratecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.OverlapException;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.util.List;
import org.junit.After;
import org.junit.Test;

public class LevelServiceTest {

    private final RateCardKit kit = new RateCardKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void create_shouldStoreTheLevelAndAuditIt() {
        StaffLevel level = kit.levelService.create(" Agent L1 ", "First line");

        assertEquals(List.of(new StaffLevel(level.id(), "Agent L1", "First line", true)), kit.levelService.levels());
        AuditEntry entry = kit.audit.recent("level", 1).get(0);
        assertEquals("create", entry.action());
        assertEquals("fiona", entry.userKey());
        assertEquals(RateCardKit.NOW, entry.at());
        assertTrue(entry.afterJson(), entry.afterJson().contains("\"name\":\"Agent L1\""));
    }

    @Test
    public void create_shouldRejectANameThatDiffersOnlyInCaseAndChangeNothing() {
        kit.levelService.create("Team lead", "");
        int auditRows = kit.auditRows();

        ConflictException e = assertThrows(ConflictException.class, () -> kit.levelService.create("TEAM LEAD", "again"));

        assertEquals("name", e.field());
        assertEquals(1, kit.levelService.levels().size());
        assertEquals(auditRows, kit.auditRows());
    }

    @Test
    public void update_shouldRenameAndDeactivate() {
        StaffLevel level = kit.levelService.create("Agent L2", "");

        kit.levelService.update(level.id(), "Agent II", "Second line", false);

        assertEquals(new StaffLevel(level.id(), "Agent II", "Second line", false), kit.levelService.level(level.id()));
    }

    @Test
    public void promotion_shouldCloseThePreviousAssignmentTheDayBefore() {
        StaffLevel l1 = kit.levelService.create("Agent L1", "");
        StaffLevel l2 = kit.levelService.create("Agent L2", "");
        kit.levelService.assign("ana", l1.id(), EffectivePeriod.from(LocalDate.parse("2026-01-01")));

        kit.levelService.assign("ana", l2.id(), EffectivePeriod.from(LocalDate.parse("2026-03-15")));

        List<LevelAssignment> history = kit.levelService.assignmentsOf("ana");
        assertEquals(EffectivePeriod.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-14")), history.get(0).period());
        assertEquals(EffectivePeriod.from(LocalDate.parse("2026-03-15")), history.get(1).period());
        assertEquals(l2.id(), kit.levelService.levelOn("ana", LocalDate.parse("2026-03-15")).orElseThrow().levelId());
        assertEquals(l1.id(), kit.levelService.levelOn("ana", LocalDate.parse("2026-03-14")).orElseThrow().levelId());
    }

    @Test
    public void overlappingAssignment_shouldBeRejectedAndChangeNothing() {
        StaffLevel l1 = kit.levelService.create("Agent L1", "");
        kit.levelService.assign("ana", l1.id(), EffectivePeriod.from(LocalDate.parse("2026-03-01")));
        List<LevelAssignment> before = kit.levelService.assignmentsOf("ana");
        int auditRows = kit.auditRows();

        assertThrows(OverlapException.class,
                () -> kit.levelService.assign("ana", l1.id(), EffectivePeriod.from(LocalDate.parse("2026-02-01"))));

        assertEquals(before, kit.levelService.assignmentsOf("ana"));
        assertEquals(auditRows, kit.auditRows());
    }

    @Test
    public void assignment_shouldRejectUnknownUsersAndUnknownOrInactiveLevels() {
        StaffLevel inactive = kit.levelService.create("Retired", "");
        kit.levelService.update(inactive.id(), "Retired", "", false);

        assertEquals("userKey", assertThrows(InvalidInputException.class,
                () -> kit.levelService.assign("nobody", inactive.id(), EffectivePeriod.from(LocalDate.parse("2026-01-01")))).field());
        assertEquals("levelId", assertThrows(InvalidInputException.class,
                () -> kit.levelService.assign("ana", 999, EffectivePeriod.from(LocalDate.parse("2026-01-01")))).field());
        assertEquals("levelId", assertThrows(InvalidInputException.class,
                () -> kit.levelService.assign("ana", inactive.id(), EffectivePeriod.from(LocalDate.parse("2026-01-01")))).field());
        assertTrue(kit.levelService.assignmentsOf("ana").isEmpty());
    }

    @Test
    public void deleteAssignment_shouldRemoveItAndAuditIt() {
        StaffLevel l1 = kit.levelService.create("Agent L1", "");
        LevelAssignment assignment = kit.levelService.assign("ben", l1.id(), EffectivePeriod.from(LocalDate.parse("2026-01-01")));

        kit.levelService.deleteAssignment(assignment.id());

        assertTrue(kit.levelService.assignmentsOf("ben").isEmpty());
        assertEquals("delete", kit.audit.recent("level-assignment", 1).get(0).action());
    }
}
