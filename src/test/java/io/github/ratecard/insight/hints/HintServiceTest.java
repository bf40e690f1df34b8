package io.github.ratecard.insight.hints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoDigestSubscriptions;
import io.github.ratecard.store.AoHintRuns;
import io.github.ratecard.store.AoHintSettings;
import io.github.ratecard.store.AoHintStore;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Listing, dismissing and the settings of hints on a real database, as finance, a lead and no one. */
public class HintServiceTest {

    private static final Instant AT = Instant.parse("2026-06-15T03:00:00Z");
    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final Clock clock = Clock.fixed(AT.plusSeconds(3600), ZoneOffset.UTC);
    private final AoHintStore store = new AoHintStore(database.activeObjects());

    @Before
    public void twoHints() {
        store.save(hint("account:ACME|user:bob", Set.of(10L), 500_00));
        store.save(hint("account:ACME|user:ann", Set.of(10L, 11L), 900_00));
    }

    @After
    public void tearDown() {
        database.close();
    }

    private static Hint hint(String subject, Set<Long> projects, long cents) {
        return hint(UninvoicedRule.ID, subject, projects, cents);
    }

    private static Hint hint(String rule, String subject, Set<Long> projects, long cents) {
        return new Hint(0, new Finding(rule, subject, "ACME", projects, List.of(), Money.ofMinor(cents, "EUR"), cents, List.of()),
                HintState.OPEN, AT, AT, Optional.empty());
    }

    private HintService as(AccessPolicy who) {
        return new HintService(store, new AoHintRuns(database.activeObjects()), new AoHintSettings(database.activeObjects()),
                new AoDigestSubscriptions(database.activeObjects()), who, new AoAuditLog(database.activeObjects(), who, clock),
                new AoTransactions(database.activeObjects()), clock);
    }

    @Test
    public void finance_shouldSeeEveryHintLargestAtStakeFirst() {
        List<Hint> hints = as(Roles.finance()).list(HintFilter.of(null, null, null, null));

        assertEquals(List.of("account:ACME|user:ann", "account:ACME|user:bob"), hints.stream().map(h -> h.finding().subject()).toList());
    }

    @Test
    public void viewerOfOneProject_shouldSeeOnlyHintsAboutThatProjectAlone() {
        List<Hint> hints = as(Roles.viewingCostsOf(10L)).list(HintFilter.of(null, null, null, null));

        assertEquals(List.of("account:ACME|user:bob"), hints.stream().map(h -> h.finding().subject()).toList());
    }

    @Test
    public void belowCostHint_shouldBeShownToFinanceOnly() {
        store.save(hint(BelowCostRule.ID, "account:ACME|user:cy", Set.of(10L), 100_00));

        assertEquals(3, as(Roles.finance()).list(HintFilter.of(null, null, null, null)).size());
        assertEquals(List.of("account:ACME|user:bob"), as(Roles.viewingCostsOf(10L)).list(HintFilter.of(null, null, null, null)).stream()
                .map(h -> h.finding().subject()).toList());
    }

    @Test
    public void filterByAProjectTheViewerMayNotSee_shouldBeRefused() {
        assertThrows(AccessDeniedException.class, () -> as(Roles.viewingCostsOf(10L)).list(HintFilter.of(null, null, null, 11L)));
    }

    @Test
    public void anonymous_shouldBeRefused() {
        assertThrows(AccessDeniedException.class, () -> as(Roles.anonymous()).list(HintFilter.of(null, null, null, null)));
    }

    @Test
    public void dismissal_shouldBeStoredAndAudited() {
        long id = store.all().get(0).id();

        as(Roles.finance()).dismiss(id, "  Agreed discount for the pilot  ");

        Hint dismissed = store.hint(id).orElseThrow();
        assertEquals(HintState.DISMISSED, dismissed.state());
        assertEquals("Agreed discount for the pilot", dismissed.dismissal().orElseThrow().reason());
        AuditEntry entry = new AoAuditLog(database.activeObjects(), Roles.finance(), clock).recent("hint", 1).get(0);
        assertEquals("dismiss", entry.action());
        assertTrue(entry.afterJson().contains("Agreed discount for the pilot"));
        assertEquals(List.of(), as(Roles.finance()).list(HintFilter.of("open", null, null, null)).stream()
                .filter(h -> h.id() == id).toList());
    }

    @Test
    public void dismissalWithoutAReason_shouldBeRefusedNamingTheReason() {
        long id = store.all().get(0).id();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as(Roles.finance()).dismiss(id, " "));

        assertEquals("reason", refused.field());
        assertEquals(HintState.OPEN, store.hint(id).orElseThrow().state());
    }

    @Test
    public void dismissingADismissedHint_shouldConflict() {
        long id = store.all().get(0).id();
        as(Roles.finance()).dismiss(id, "Known");

        assertThrows(ConflictException.class, () -> as(Roles.finance()).dismiss(id, "Again"));
    }

    @Test
    public void hintTheViewerMayNotSee_shouldBeAnsweredAsUnknown() {
        long both = store.all().stream().filter(h -> h.finding().projectIds().size() == 2).findFirst().orElseThrow().id();

        assertThrows(NotFoundException.class, () -> as(Roles.viewingCostsOf(10L)).dismiss(both, "Not mine"));
    }

    @Test
    public void runRequest_shouldBeFinancesOnly() {
        assertThrows(AccessDeniedException.class, () -> as(Roles.viewingCostsOf(10L)).requestRun());

        HintRuns.Run run = as(Roles.finance()).requestRun();

        assertEquals(Optional.of("fin"), run.requestedBy());
        assertTrue(run.finishedAt().isEmpty());
    }

    @Test
    public void uninvoicedDays_shouldDefaultToThirtyAndRefuseMoreThanAYear() {
        HintService finance = as(Roles.finance());
        assertEquals(30, finance.uninvoicedDays());

        finance.changeUninvoicedDays(45);

        assertEquals(45, finance.uninvoicedDays());
        assertEquals("uninvoicedDays", assertThrows(InvalidInputException.class, () -> finance.changeUninvoicedDays(366)).field());
    }

    @Test
    public void subscription_shouldBeForFinanceAndPeopleWhoSeeHints() {
        assertTrue(as(Roles.viewingCostsOf(10L)).subscribe(true));
        assertThrows(AccessDeniedException.class, () -> as(Roles.viewingCostsOf(99L)).subscribe(true));
    }
}
