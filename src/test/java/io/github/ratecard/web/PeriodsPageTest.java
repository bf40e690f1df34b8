package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.PendingChangeService;
import io.github.ratecard.app.PeriodCloseService;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.kits.RateCardKit;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.After;
import org.junit.Test;

/** Finance's Closed months page on a real database: which months of which scope it shows closed, and how it words them. */
public class PeriodsPageTest {

    private static final ProjectRef ACME = new ProjectRef(10, "ACME", "Acme support", "lee");
    private static final ProjectRef GLX = new ProjectRef(11, "GLX", "Globex <helpdesk>", "gil");

    private final AtomicInteger userLookups = new AtomicInteger();
    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AccessPolicy finance = RateCardKit.financeUser();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private final AoTransactions transactions = new AoTransactions(database.activeObjects());
    private final AoAuditLog audit = new AoAuditLog(database.activeObjects(), finance, clock);
    private final PeriodCloseService closes = new PeriodCloseService(new AoPeriodCloseStore(database.activeObjects()), new Projects(), finance, audit,
            transactions, clock);
    private final AoPendingChangeStore pendingChanges = new AoPendingChangeStore(database.activeObjects());
    private final PeriodsPage target = new PeriodsPage(closes, new PendingChangeService(pendingChanges, null, null,
            finance, audit, transactions, clock), new Projects(), new Users(), new BundleI18n(() -> Locale.ENGLISH), () -> Locale.ENGLISH, clock,
            new io.github.ratecard.store.AoSettings(database.activeObjects(), () -> ZoneId.of("UTC")));

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void viewOf_shouldShowSixMonthsUpToThisMonthForEveryProjectAndEachProject() {
        PeriodsView view = target.viewOf(null, "");

        assertEquals(List.of("2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"), view.getMonths().stream()
                .map(FieldOption::getValueHtml).toList());
        assertEquals(List.of("Every project", "ACME – Acme support", "GLX – Globex <helpdesk>"), view.getScopes().stream()
                .map(PeriodScope::getLabel).toList());
        assertFalse(view.isHasPending());
    }

    @Test
    public void aMonthClosedForOneProject_shouldBeClosedInThatProjectsRowOnly() {
        closes.close(CloseScope.project(ACME.id()), YearMonth.parse("2026-11"), "Payroll");

        PeriodsView view = target.viewOf(YearMonth.parse("2026-11"), "");

        assertFalse(november(view, 0).isClosed());
        assertTrue(november(view, 1).isClosed());
        assertEquals("Closed", november(view, 1).getStateText());
        assertFalse(november(view, 2).isClosed());
    }

    @Test
    public void aMonthClosedForEveryProject_shouldSaySoInEachProjectsRow() {
        closes.close(CloseScope.GLOBAL, YearMonth.parse("2026-11"), null);

        PeriodsView view = target.viewOf(YearMonth.parse("2026-11"), "");

        assertEquals("Closed", november(view, 0).getStateText());
        assertTrue(november(view, 2).isClosed());
        assertEquals("Closed (every project)", november(view, 2).getStateText());
    }

    @Test
    public void moreOpenChangesThanAPage_shouldListTheOldestPageAndSayHowManyMore() {
        for (int worklog = 1; worklog <= InputLimits.PENDING_CHANGES_PAGE + 3; worklog++) {
            recordChange(worklog, "ana");
        }

        PeriodsView view = target.viewOf(YearMonth.parse("2026-11"), "");

        assertEquals(InputLimits.PENDING_CHANGES_PAGE, view.getPending().size());
        assertEquals("1", view.getPending().get(0).getId());
        assertTrue(view.getMore(), view.getMore().startsWith("3 more pending changes in these months are not listed here"));
        assertEquals(InputLimits.PENDING_CHANGES_PAGE + 3 + " pending", november(view, 1).getPendingText());
    }

    @Test
    public void noMoreOpenChangesThanAPage_shouldSayNothingMore() {
        recordChange(1, "ana");

        PeriodsView view = target.viewOf(YearMonth.parse("2026-11"), "");

        assertEquals(1, view.getPending().size());
        assertFalse(view.isHasMore());
    }

    @Test
    public void pendingChangesOfTheSameUser_shouldLookTheUserUpOnce() {
        recordChange(1, "ana");
        recordChange(2, "ana");
        recordChange(3, "bo");

        PeriodsView view = target.viewOf(YearMonth.parse("2026-11"), "");

        assertEquals(List.of("ANA", "ANA", "BO"), view.getPending().stream().map(PageRow::getLabel).toList());
        assertEquals(2, userLookups.get());
    }

    @Test
    public void searchLongerThanAPickerAllows_shouldBeABadRequestNotAnError() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getParameter("q")).thenReturn("x".repeat(InputLimits.PICKER_QUERY + 1));
        PageGuard guard = new PageGuard(finance, mock(LoginUriProvider.class), mock(WebSudoManager.class),
                new ErrorPage(mock(TemplateRenderer.class), mock(I18nResolver.class)));

        new PeriodsServlet(guard, target, mock(TemplateRenderer.class), mock(PageBuilderService.class), mock(I18nResolver.class)).doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_BAD_REQUEST), anyString());
    }

    private void recordChange(long worklog, String user) {
        LoggedWork approved = new LoggedWork(user, ACME.id(), LocalDate.parse("2026-11-03"), 3600);
        pendingChanges.record(new PendingChange(worklog, WorklogEdit.Kind.EDITED, Optional.of(approved),
                Optional.of(new LoggedWork(user, ACME.id(), approved.day(), 5400)), Instant.parse("2026-11-20T09:00:00Z"), Set.of(Lock.CLOSED_PERIOD)),
                clock.instant());
    }

    private static PeriodCell november(PeriodsView view, int scope) {
        return view.getScopes().get(scope).getCells().stream().filter(cell -> cell.getMonth().equals("2026-11")).findFirst().orElseThrow();
    }

    private static final class Projects implements ProjectDirectory {
        @Override
        public Optional<ProjectRef> byKey(String key) {
            return search(new SearchQuery("")).stream().filter(p -> p.key().equals(key)).findFirst();
        }

        @Override
        public Optional<ProjectRef> byId(long id) {
            return search(new SearchQuery("")).stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<ProjectRef> search(SearchQuery query) {
            return List.of(ACME, GLX);
        }
    }

    private final class Users implements UserDirectory {
        @Override
        public Optional<UserRef> byKey(String userKey) {
            userLookups.incrementAndGet();
            return Optional.of(new UserRef(userKey, userKey.toUpperCase(Locale.ROOT)));
        }

        @Override
        public List<UserRef> search(SearchQuery query, int limit) {
            return List.of();
        }
    }
}
