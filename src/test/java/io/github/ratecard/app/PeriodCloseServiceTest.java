package io.github.ratecard.app;

import static io.github.ratecard.app.ApprovalKit.ACME;
import static io.github.ratecard.app.ApprovalKit.GLX;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** Closing months through the service: finance only, reopened only by finance with a reason, every step audited. */
public class PeriodCloseServiceTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private final ApprovalKit kit = new ApprovalKit();
    private final PeriodCloseService target = kit.closeService;

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void financeClosesAMonthForAProject_shouldCloseItForThatProjectOnlyAndAuditIt() {
        kit.actAs("fin", true, Set.of(), Set.of());
        int audited = kit.auditRows();

        target.close(CloseScope.project(ACME), MAY, "May 2026 billed");

        assertTrue(target.isClosed(CloseScope.project(ACME), MAY));
        assertFalse(target.isClosed(CloseScope.project(GLX), MAY));
        assertEquals(audited + 1, kit.auditRows());
        assertEquals("close", kit.audit.recent(PeriodCloseService.AUDIT_TYPE, 1).get(0).action());
    }

    @Test
    public void closeByALead_shouldBeRefusedAndChangeNothing() {
        kit.actAs("lee", false, Set.of(ACME), Set.of(ACME));

        assertThrows(AccessDeniedException.class, () -> target.close(CloseScope.project(ACME), MAY, null));

        assertFalse(target.isClosed(CloseScope.project(ACME), MAY));
        assertEquals(0, kit.auditRows());
    }

    @Test
    public void closingAClosedMonth_shouldBeAConflict() {
        kit.actAs("fin", true, Set.of(), Set.of());
        target.close(CloseScope.GLOBAL, MAY, null);

        assertThrows(ConflictException.class, () -> target.close(CloseScope.GLOBAL, MAY, null));
    }

    @Test
    public void reopenByFinanceWithAReason_shouldOpenTheMonthAndKeepBothSteps() {
        kit.actAs("fin", true, Set.of(), Set.of());
        target.close(CloseScope.GLOBAL, MAY, null);

        target.reopen(CloseScope.GLOBAL, MAY, "Late client approval");

        assertFalse(target.isClosed(CloseScope.GLOBAL, MAY));
        List<CloseEvent> history = target.history(CloseScope.GLOBAL, MAY);
        assertEquals(List.of(CloseAction.CLOSE, CloseAction.REOPEN), history.stream().map(CloseEvent::action).toList());
        assertEquals("Late client approval", history.get(1).reason());
    }

    @Test
    public void reopenWithoutAReason_shouldBeRefusedNamingTheReason() {
        kit.actAs("fin", true, Set.of(), Set.of());
        target.close(CloseScope.GLOBAL, MAY, null);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> target.reopen(CloseScope.GLOBAL, MAY, ""));

        assertEquals("reason", refused.field());
        assertTrue(target.isClosed(CloseScope.GLOBAL, MAY));
    }

    @Test
    public void reopenByTheLeadWhoCouldApprove_shouldBeRefused() {
        kit.actAs("fin", true, Set.of(), Set.of());
        target.close(CloseScope.project(ACME), MAY, null);
        kit.actAs("lee", false, Set.of(ACME), Set.of(ACME));

        assertThrows(AccessDeniedException.class, () -> target.reopen(CloseScope.project(ACME), MAY, "Late client approval"));

        assertTrue(target.isClosed(CloseScope.project(ACME), MAY));
    }

    @Test
    public void closeOfAnUnknownProject_shouldBeRefusedNamingTheProject() {
        kit.actAs("fin", true, Set.of(), Set.of());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> target.close(CloseScope.project(999), MAY, null));

        assertEquals("projectId", refused.field());
    }
}
