package io.github.ratecard.app;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.store.AoSettings;
import io.github.ratecard.store.AoTimesheetSettings;
import io.github.ratecard.store.AoTimesheetStore;
import io.github.ratecard.store.AoTimesheetWork;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.AuditEntity;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The approval services on a real database, with Jira's permissions played by {@link #actAs}: who is
 * signed in, whether finance, which projects they lead and in which they hold Manage budgets.
 * Projects 10 (ACME) and 11 (GLX); the clock stands on Monday 9 November 2026, the day after the week of 2 November.
 */
final class ApprovalKit implements AutoCloseable {

    static final long ACME = 10;
    static final long GLX = 11;
    static final Instant NOW = Instant.parse("2026-11-09T10:00:00Z");

    final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Acting acting = new Acting();
    final AoAuditLog audit = new AoAuditLog(database.activeObjects(), acting, clock);
    final AoTransactions transactions = new AoTransactions(database.activeObjects());
    final AoTimesheetStore timesheets = new AoTimesheetStore(database.activeObjects(), clock);
    final AoTimesheetSettings settings = new AoTimesheetSettings(database.activeObjects());
    final AoPeriodCloseStore closes = new AoPeriodCloseStore(database.activeObjects());
    final AoTimesheetWork work = new AoTimesheetWork(database.activeObjects());
    final AoPendingChangeStore pending = new AoPendingChangeStore(database.activeObjects());
    /** The e-mails queued, in order; {@link #mailFails} makes queuing throw. */
    final List<Notice> mails = new java.util.ArrayList<>();
    boolean mailFails;
    final ApprovalNotices notices = new ApprovalNotices(this::queue, work, settings, new Projects(), pending, transactions, clock);
    final AoSettings reporting = new AoSettings(database.activeObjects(), () -> ZoneId.of("UTC"));
    final TimesheetService timesheetService = new TimesheetService(timesheets, work, settings, acting, audit, transactions, clock, reporting,
            notices);
    final TeamTimesheets team = new TeamTimesheets(timesheets, work, settings, pending, acting);
    final PeriodCloseService closeService = new PeriodCloseService(closes, new Projects(), acting, audit, transactions, clock);

    private final AoLedgerStore ledger = new AoLedgerStore(database.activeObjects());
    private final AtomicLong worklogIds = new AtomicLong();

    /** From now on the services are asked by this user, with these rights. */
    void actAs(String userKey, boolean finance, Set<Long> leads, Set<Long> managesBudgets) {
        acting.viewer = Optional.ofNullable(userKey).map(key -> new Viewer(key, key.toUpperCase()));
        acting.finance = finance;
        acting.leads = leads;
        acting.managesBudgets = managesBudgets;
    }

    /** A priced ledger entry of the user's work in the project on the day. */
    void logged(String userKey, long projectId, String day) {
        loggedAt(userKey, projectId, day, NOW.minusSeconds(3600));
    }

    /** As {@link #logged}, with Jira's last change of the worklog at {@code at}. */
    void loggedAt(String userKey, long projectId, String day, Instant at) {
        ledger.insertAll(List.of(new LedgerEntry(worklogIds.incrementAndGet(), 100, projectId, userKey, at, LocalDate.parse(day), 3600, 3600, true,
                null, Money.ofMinor(4_000, Currency.getInstance("EUR")), null, null, 1L, null, PricingStatus.MISSING_BILL_RATE, at, at, false)));
    }

    private void queue(Notice notice) {
        if (mailFails) {
            throw new IllegalStateException("mail queue gone");
        }
        mails.add(notice);
    }

    int auditRows() {
        return database.activeObjects().count(AuditEntity.class, net.java.ao.Query.select());
    }

    @Override
    public void close() {
        database.close();
    }

    static final class Acting implements AccessPolicy {
        Optional<Viewer> viewer = Optional.empty();
        boolean finance;
        Set<Long> leads = Set.of();
        Set<Long> managesBudgets = Set.of();

        @Override
        public Optional<Viewer> currentViewer() {
            return viewer;
        }

        @Override
        public boolean currentUserIsAdmin() {
            return false;
        }

        @Override
        public boolean currentUserIsFinance() {
            return finance;
        }

        @Override
        public boolean currentUserLeads(long projectId) {
            return leads.contains(projectId);
        }

        @Override
        public boolean currentUserHas(ProjectAccess access, long projectId) {
            return access == ProjectAccess.MANAGE_BUDGETS && managesBudgets.contains(projectId);
        }
    }

    static final class Projects implements ProjectDirectory {
        private static final List<ProjectRef> ALL = List.of(new ProjectRef(ACME, "ACME", "Acme support", "lee"),
                new ProjectRef(GLX, "GLX", "Globex helpdesk", "gil"));

        @Override
        public Optional<ProjectRef> byKey(String key) {
            return ALL.stream().filter(p -> p.key().equals(key)).findFirst();
        }

        @Override
        public Optional<ProjectRef> byId(long id) {
            return ALL.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<ProjectRef> search(SearchQuery query) {
            return ALL;
        }
    }
}
