package io.github.ratecard.insight.utilisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.store.AoUtilisationTargets;
import io.github.ratecard.testing.kits.RateCardKit;
import io.github.ratecard.testing.kits.FinanceViewer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** Finance sets and removes the staff levels' billable targets, each change audited; a refused one changes nothing. */
public class UtilisationTargetsTest {

    private final RateCardKit kit = new RateCardKit();
    private final AoUtilisationTargets store = new AoUtilisationTargets(kit.database.activeObjects());
    private final UtilisationTargets target = new UtilisationTargets(store, kit.levels, kit.audit, kit.transactions, RateCardKit.financeUser());
    private final StaffLevel levelOne = kit.levelService.create("Agent L1", "");

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void setTarget_shouldKeepItAtOneDecimalAndAuditTheChange() {
        target.set(levelOne.id(), new BigDecimal("85"));
        target.set(levelOne.id(), new BigDecimal("82.5"));

        assertEquals(new BigDecimal("82.5"), target.all().get(0).billablePercent());
        List<AuditEntry> audit = kit.audit.recent(UtilisationTargets.AUDIT_TYPE, 10);
        assertEquals(List.of("update", "create"), audit.stream().map(AuditEntry::action).toList());
    }

    @Test
    public void removeTarget_shouldLeaveTheLevelWithoutOne() {
        target.set(levelOne.id(), new BigDecimal("85"));

        target.remove(levelOne.id());

        assertNull(target.all().get(0).billablePercent());
        assertThrows(NotFoundException.class, () -> target.remove(levelOne.id()));
    }

    @Test
    public void targetsOutOfRangeOrTooPrecise_shouldBeRefusedAndChangeNothing() {
        for (String refused : new String[] {"-1", "100.1", "85.25"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> target.set(levelOne.id(), new BigDecimal(refused)));
            assertEquals("billablePercent", e.field());
        }
        assertEquals(0, kit.audit.recent(UtilisationTargets.AUDIT_TYPE, 10).size());
        assertEquals(new BigDecimal("100.0"), target.set(levelOne.id(), new BigDecimal("100")).billablePercent());
    }

    @Test
    public void unknownLevel_shouldBeNotFound() {
        assertThrows(NotFoundException.class, () -> target.set(999, new BigDecimal("50")));
    }

    @Test
    public void someoneWithoutFinance_shouldBeRefused() {
        UtilisationTargets asAgent = new UtilisationTargets(store, kit.levels, kit.audit, kit.transactions, new NotFinance());

        assertThrows(AccessDeniedException.class, () -> asAgent.set(levelOne.id(), new BigDecimal("50")));
        assertEquals(1, asAgent.all().size());
    }

    /** A signed-in user without the finance permission. */
    private static final class NotFinance implements io.github.ratecard.access.AccessPolicy {
        private final io.github.ratecard.access.AccessPolicy finance = FinanceViewer.of("ana", "Ana", false);

        @Override
        public java.util.Optional<io.github.ratecard.access.Viewer> currentViewer() {
            return finance.currentViewer();
        }

        @Override
        public boolean currentUserIsAdmin() {
            return false;
        }

        @Override
        public boolean currentUserIsFinance() {
            return false;
        }

        @Override
        public boolean currentUserLeads(long projectId) {
            return false;
        }

        @Override
        public boolean currentUserHas(io.github.ratecard.access.ProjectAccess access, long projectId) {
            return false;
        }
    }
}
