package io.github.ratecard.ledger;

import static io.github.ratecard.testing.kits.LedgerChanges.issueOf;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.CoveredTimesheet;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.TimesheetStore;
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
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * An approver approves Ana's week while the ledger writes a worklog Jira just saved in it, on a real database
 * (H2, or PostgreSQL with -Dratecard.db=postgres): the two do not cross. Either the write commits first and the
 * approval follows it, or the write sees the approval and holds the worklog as a pending change; never an
 * approval that commits while the write is under way and a worklog that then lands in the approved week unheld.
 */
public class ApprovalDuringLedgerWriteTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final Instant NOW = Instant.parse("2026-07-10T12:00:00Z");
    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-04-13"));

    private final RateCardKit kit = new RateCardKit();
    private final AoTimesheetStore timesheets = new AoTimesheetStore(kit.database.activeObjects(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final AoPendingChangeStore pending = new AoPendingChangeStore(kit.database.activeObjects());
    private final CountDownLatch locksRead = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private LedgerKeeper keeper;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                BillingFacts.NONE, () -> ZoneId.of("Europe/Berlin"));
        LockedWork locked = new LockedWork(new PausingAfterLocks(timesheets), new AoTimesheetSettings(kit.database.activeObjects()),
                new AoPeriodCloseStore(kit.database.activeObjects()), pending);
        keeper = new LedgerKeeper(new AoLedgerStore(kit.database.activeObjects()), new AoRollupStore(kit.database.activeObjects()), pricer,
                kit.transactions, Clock.fixed(NOW, ZoneOffset.UTC), InvoicedWorkChanges.NONE, RefusedWorklogs.LOG_ONLY, locked);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void approvalWhileAWorklogIsWritten_shouldWaitForTheWriteOrHaveTheWorklogHeld() throws Exception {
        Timesheet sheet = timesheets.openOrFind("ana", WEEK);
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", NOW, null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Instant> written = pool.submit(() -> {
                keeper.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 3600, "2026-04-15T09:00:00Z"));
                return Instant.now();
            });
            assertTrue("the write read its locks", locksRead.await(10, TimeUnit.SECONDS));
            Future<Instant> approved = pool.submit(() -> kit.transactions.inTransaction(() -> {
                timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.APPROVE, TimesheetState.SUBMITTED, TimesheetState.APPROVED,
                        "lead", NOW, null));
                return Instant.now();
            }));
            Thread.sleep(700);
            boolean approvedDuringTheWrite = approved.isDone();
            resume.countDown();
            written.get(20, TimeUnit.SECONDS);
            approved.get(20, TimeUnit.SECONDS);

            boolean held = pending.openOf(1).isPresent();
            assertTrue("approved while the worklog was being written, and the worklog was not held", held || !approvedDuringTheWrite);
            assertTrue(held || new AoLedgerQueries(kit.database.activeObjects()).entriesOfIssue(issueOf(ACME), 0, 10).size() == 1);
        } finally {
            resume.countDown();
            pool.shutdownNow();
        }
    }


    /** The timesheets as stored, except that the write pauses right after it read the approved ones, until the test resumes it. */
    private final class PausingAfterLocks implements TimesheetStore {
        private final TimesheetStore stored;

        PausingAfterLocks(TimesheetStore stored) {
            this.stored = stored;
        }

        @Override
        public List<CoveredTimesheet> approvedCovering(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
            List<CoveredTimesheet> found = stored.approvedCovering(firstFrom, firstTo, userKeys);
            locksRead.countDown();
            try {
                resume.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return found;
        }

        @Override
        public void holdSubmitted(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
            stored.holdSubmitted(firstFrom, firstTo, userKeys);
        }

        @Override
        public Optional<Timesheet> find(String userKey, TimesheetPeriod period) {
            return stored.find(userKey, period);
        }

        @Override
        public Optional<Timesheet> byId(long id) {
            return stored.byId(id);
        }

        @Override
        public Timesheet openOrFind(String userKey, TimesheetPeriod period) {
            return stored.openOrFind(userKey, period);
        }

        @Override
        public boolean move(long id, TimesheetEvent event) {
            return stored.move(id, event);
        }

        @Override
        public List<TimesheetEvent> history(long id) {
            return stored.history(id);
        }

        @Override
        public List<Timesheet> approvedBeginning(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
            return stored.approvedBeginning(firstFrom, firstTo, userKeys);
        }

        @Override
        public List<Timesheet> ofPeriod(TimesheetPeriod period) {
            return stored.ofPeriod(period);
        }

        @Override
        public List<Dated> datedOfPeriod(TimesheetPeriod period) {
            return stored.datedOfPeriod(period);
        }

        @Override
        public List<Timesheet> storedOf(Collection<UserPeriod> wanted) {
            return stored.storedOf(wanted);
        }

        @Override
        public List<CoveredTimesheet> beginningBetween(LocalDate firstFrom, LocalDate firstTo, Collection<String> userKeys) {
            return stored.beginningBetween(firstFrom, firstTo, userKeys);
        }

        @Override
        public void cover(long id, Set<Long> projects) {
            stored.cover(id, projects);
        }
    }
}
