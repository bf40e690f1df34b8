package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.insight.hints.BelowCostRule;
import io.github.ratecard.insight.hints.Dismissal;
import io.github.ratecard.insight.hints.Evidence;
import io.github.ratecard.insight.hints.Figure;
import io.github.ratecard.insight.hints.Finding;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintService;
import io.github.ratecard.insight.hints.HintState;
import io.github.ratecard.insight.hints.Roles;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoDigestSubscriptions;
import io.github.ratecard.store.AoHintRuns;
import io.github.ratecard.store.AoHintSettings;
import io.github.ratecard.store.AoHintStore;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The hints page on a real database, drawn by a real Velocity engine with the host's escaping and allowlist. */
public class HintsPageTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";
    private static final Instant AT = Instant.parse("2026-06-15T03:00:00Z");
    private static final ProjectRef ACME = new ProjectRef(10, "ACME", "Acme support", "lee");
    private static final ProjectRef GLX = new ProjectRef(11, "GLX", "Globex", "gil");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
    private final AoHintStore store = new AoHintStore(database.activeObjects());
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Before
    public void hints() {
        store.save(new Hint(0, new Finding(BelowCostRule.ID, "account:ACME|user:bob", "ACME", Set.of(10L),
                List.of(Figure.user("bob"), Figure.account("ACME"), Figure.money(Money.parse("40.00", "EUR")), Figure.money(Money.parse("50.00", "EUR")),
                        Figure.seconds(8 * 3600)), Money.parse("1234.50", "EUR"), 123450, List.of(Evidence.entries(10, "ACME", "bob", YearMonth.of(2026, 6)))),
                HintState.DISMISSED, AT, AT, Optional.of(new Dismissal("fin", AT, PAYLOAD, 123450))));
    }

    @After
    public void tearDown() {
        database.close();
    }

    private HintsPage page(AccessPolicy who, Locale locale) {
        HintService service = new HintService(store, new AoHintRuns(database.activeObjects()), new AoHintSettings(database.activeObjects()),
                new AoDigestSubscriptions(database.activeObjects()), who, new AoAuditLog(database.activeObjects(), who, clock),
                new AoTransactions(database.activeObjects()), clock);
        return new HintsPage(service, new HintWords(new BundleI18n(() -> locale), () -> locale, users(), projects()), who, () -> ZoneOffset.UTC,
                () -> locale);
    }

    private String render(HintsView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/jira/plugins/servlet/ratecard/insights/hints");
        StringWriter out = new StringWriter();
        renderer.render(HintsServlet.TEMPLATE, context, out);
        return out.toString();
    }

    @Test
    public void namesAndReasons_shouldBeEscapedAndNoScriptWritten() throws Exception {
        String html = render(page(Roles.finance(), Locale.ENGLISH).viewOf("all", null, null, null, null, "/jira"), Locale.ENGLISH);

        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertThat(html, containsString("Bob &lt;b&gt;Builder&lt;/b&gt;"));
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("onclick")));
    }

    @Test
    public void finding_shouldNameTheFiguresInTheViewersLanguage() throws Exception {
        String english = render(page(Roles.finance(), Locale.ENGLISH).viewOf("dismissed", null, null, null, null, "/jira"), Locale.ENGLISH);
        String german = render(page(Roles.finance(), Locale.GERMAN).viewOf("dismissed", null, null, null, null, "/jira"), Locale.GERMAN);

        assertThat(english, containsString("earned €40.00 per hour but cost €50.00 per hour"));
        assertThat(english, containsString("/jira/plugins/servlet/ratecard/budgets?project=ACME&amp;account=ACME"));
        assertThat(german, containsString("Unter Kosten abgerechnet"));
        assertThat(german, containsString("1.234,50"));
    }

    @Test
    public void downloads_shouldAskForTheListedHintsInTheViewersLanguageAndCsvStyle() throws Exception {
        String html = render(page(Roles.finance(), Locale.GERMAN).viewOf("dismissed", BelowCostRule.ID, "ACME", null, null, "/jira"), Locale.GERMAN);

        assertThat(html, containsString("href=\"/jira/rest/ratecard/1.0/insights/hints?state=dismissed&amp;rule=below-cost&amp;account=ACME&amp;lang=de"
                + "&amp;format=xlsx\""));
        assertThat(html, containsString("&amp;lang=de&amp;format=csv&amp;bom=true&amp;separator=semicolon&amp;decimal=comma\""));
    }

    @Test
    public void openFilter_shouldLeaveOutTheDismissedHint() throws Exception {
        String html = render(page(Roles.finance(), Locale.ENGLISH).viewOf(null, null, null, null, null, "/jira"), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-hints-none\""));
    }

    @Test
    public void projectWhoseCostsTheViewerMayNotSee_shouldGetThe403Page() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getParameter("project")).thenReturn("GLX");
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        AccessPolicy lead = Roles.viewingCostsOf(10L, 11L);
        AccessPolicy onlyAcme = new AccessPolicy() {
            @Override
            public Optional<io.github.ratecard.access.Viewer> currentViewer() {
                return lead.currentViewer();
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
                return access == io.github.ratecard.access.ProjectAccess.BROWSE || projectId == 10;
            }
        };
        PageGuard guard = new PageGuard(onlyAcme, mock(LoginUriProvider.class), mock(WebSudoManager.class),
                new ErrorPage(mock(TemplateRenderer.class), mock(I18nResolver.class)));

        new HintsServlet(guard, page(onlyAcme, Locale.ENGLISH), projects(), onlyAcme, mock(TemplateRenderer.class), mock(PageBuilderService.class),
                mock(I18nResolver.class)).doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    public void hintOfAnotherProject_shouldNotBeListedForALead() {
        HintsView view = page(Roles.viewingCostsOf(11L), Locale.ENGLISH).viewOf("all", null, null, null, null, "");

        assertEquals(List.of(), view.rows());
    }

    private static UserDirectory users() {
        return new UserDirectory() {
            @Override
            public Optional<UserRef> byKey(String userKey) {
                return Optional.of(new UserRef(userKey, userKey.equals("bob") ? "Bob <b>Builder</b>" : userKey));
            }

            @Override
            public List<UserRef> search(SearchQuery query, int limit) {
                return List.of();
            }
        };
    }

    private static ProjectDirectory projects() {
        return new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String projectKey) {
                return Optional.ofNullable(projectKey.equals("ACME") ? ACME : projectKey.equals("GLX") ? GLX : null);
            }

            @Override
            public Optional<ProjectRef> byId(long projectId) {
                return Optional.ofNullable(projectId == 10 ? ACME : projectId == 11 ? GLX : null);
            }

            @Override
            public List<ProjectRef> search(SearchQuery query) {
                return List.of();
            }
        };
    }
}
