package io.github.ratecard.app;

import static io.github.ratecard.testing.kits.LedgerChanges.invoiced;
import static io.github.ratecard.testing.kits.LedgerChanges.issueOf;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.ledger.BillingFacts;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.LockedWork;
import io.github.ratecard.ledger.RefusedWorklogs;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.AoTimesheetSettings;
import io.github.ratecard.store.AoTimesheetStore;
import io.github.ratecard.testing.kits.FinanceViewer;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Finance resolving the pending changes of a closed month: accept prices Jira's figures into the ledger, flag keeps them out; both audited. */
public class PendingChangeServiceTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final Instant NOW = Instant.parse("2026-07-10T12:00:00Z");

    private final RateCardKit kit = new RateCardKit();
    private final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
    private final AoLedgerQueries queries = new AoLedgerQueries(kit.database.activeObjects());
    private final AoPeriodCloseStore closes = new AoPeriodCloseStore(kit.database.activeObjects());
    private final AoPendingChangeStore pending = new AoPendingChangeStore(kit.database.activeObjects());
    private final TreeMap<Long, WorklogRecord> jira = new TreeMap<>();
    private final List<LedgerEntry> billedAndChanged = new ArrayList<>();
    private LedgerKeeper keeper;
    private WorklogSource source;
    private PendingChangeService target;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
        keeper = new LedgerKeeper(ledger, new AoRollupStore(kit.database.activeObjects()), pricer, kit.transactions, Clock.fixed(NOW, ZoneOffset.UTC),
                (billed, now) -> billedAndChanged.add(billed), RefusedWorklogs.LOG_ONLY,
                new LockedWork(new AoTimesheetStore(kit.database.activeObjects(), Clock.fixed(NOW, ZoneOffset.UTC)),
                        new AoTimesheetSettings(kit.database.activeObjects()), closes, pending));
        source = new WorklogSource() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                return jira.tailMap(worklogId, false).values().stream().limit(limit).toList();
            }

            @Override
            public long count() {
                return jira.size();
            }
        };
        target = serviceFor(FinanceViewer.of("fiona", "Fiona", false));
    }

    private PendingChangeService serviceFor(AccessPolicy acting) {
        return new PendingChangeService(pending, keeper, source, acting, kit.audit, kit.transactions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void acceptedEdit_shouldPriceJirasFiguresIntoTheLedgerAndBeAudited() {
        long id = heldEdit(1, 7200);
        int audited = kit.auditRows();

        target.accept(id);

        assertEquals(7200, entry(1).workedSeconds());
        assertEquals(Money.parse("120.00", "EUR"), entry(1).bill());
        assertEquals(PendingChangeStore.Status.ACCEPTED, pending.byId(id).orElseThrow().status());
        assertEquals("fiona", pending.byId(id).orElseThrow().resolvedBy());
        assertEquals(audited + 1, kit.auditRows());
        assertEquals("accept", kit.audit.recent(PendingChangeService.AUDIT_TYPE, 1).get(0).action());
    }

    @Test
    public void acceptedDeletion_shouldTakeTheEntryOutOfTheLedger() {
        logged(2, 3600, "2026-06-10T09:00:00Z");
        closeJuneForAcme();
        jira.remove(2L);
        keeper.handle(WorklogChange.deleted(2, Instant.parse("2026-07-01T09:00:00Z")));

        target.accept(pending.openOf(2).orElseThrow().id());

        assertEquals(0, queries.countOfIssue(issueOf(ACME)));
    }

    @Test
    public void acceptedEditOfInvoicedWork_shouldKeepTheBilledPriceAndGoToTheAdjustments() {
        logged(3, 3600, "2026-06-10T09:00:00Z");
        ledger.save(invoiced(entry(3)));
        closeJuneForAcme();
        long id = edited(3, 7200);

        target.accept(id);

        assertEquals(3600, entry(3).workedSeconds());
        assertEquals(1, billedAndChanged.size());
    }

    @Test
    public void flaggedChange_shouldKeepTheLedgersFiguresAndBeAudited() {
        long id = heldEdit(4, 7200);

        target.flag(id);

        assertEquals(3600, entry(4).workedSeconds());
        assertEquals(PendingChangeStore.Status.FLAGGED, pending.byId(id).orElseThrow().status());
        assertEquals("flag", kit.audit.recent(PendingChangeService.AUDIT_TYPE, 1).get(0).action());
    }

    @Test
    public void acceptByANonFinanceUser_shouldBeRefusedAndChangeNothing() {
        long id = heldEdit(5, 7200);
        AccessPolicy agent = mock(AccessPolicy.class);
        when(agent.currentViewer()).thenReturn(Optional.of(new Viewer("agent01", "Agent")));

        assertThrows(AccessDeniedException.class, () -> serviceFor(agent).accept(id));

        assertEquals(3600, entry(5).workedSeconds());
        assertTrue(pending.openOf(5).isPresent());
    }

    @Test
    public void resolvedChange_shouldNotBeResolvedAgain() {
        long id = heldEdit(6, 7200);
        target.flag(id);

        assertThrows(ConflictException.class, () -> target.accept(id));

        assertEquals(3600, entry(6).workedSeconds());
    }

    private long heldEdit(long worklogId, long seconds) {
        logged(worklogId, 3600, "2026-06-10T09:00:00Z");
        closeJuneForAcme();
        return edited(worklogId, seconds);
    }

    private long edited(long worklogId, long seconds) {
        logged(worklogId, seconds, "2026-07-01T09:00:00Z");
        return pending.openOf(worklogId).orElseThrow().id();
    }

    private void logged(long worklogId, long seconds, String updated) {
        WorklogChange change = saved(worklogId, ACME, "ana", "2026-06-10T08:00:00Z", seconds, updated);
        jira.put(worklogId, change.record().orElseThrow());
        keeper.handle(change);
    }

    private void closeJuneForAcme() {
        if (!closes.isClosed(CloseScope.project(ACME), YearMonth.of(2026, 6))) {
            closes.prepare(CloseScope.project(ACME), YearMonth.of(2026, 6));
            closes.apply(CloseScope.project(ACME), YearMonth.of(2026, 6), new CloseEvent(CloseAction.CLOSE, "fiona", NOW, null));
        }
    }

    private LedgerEntry entry(long worklogId) {
        return queries.entriesOfIssue(issueOf(ACME), 0, 100).stream().filter(e -> e.worklogId() == worklogId).findFirst().orElseThrow();
    }
}
