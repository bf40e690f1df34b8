package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.insight.hints.Roles;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.AoWebhookSettings;
import io.github.ratecard.store.AoWebhookStore;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import io.github.ratecard.webhook.DeliverySender;
import io.github.ratecard.webhook.DeliveryStatus;
import io.github.ratecard.jira.JdkWebhookTransport;
import io.github.ratecard.webhook.SecretBox;
import io.github.ratecard.webhook.UrlGuard;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookOutbox;
import io.github.ratecard.webhook.WebhookService;
import io.github.ratecard.webhook.WebhookStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The webhooks page on a real database, drawn by a real Velocity engine with the host's escaping and allowlist. */
public class WebhooksPageTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";
    private static final Instant AT = Instant.parse("2026-12-05T09:30:00Z");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
    private final AoWebhookStore store = new AoWebhookStore(database.activeObjects());
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
    private long failedDelivery;

    @Before
    public void endpointAndDeliveries() {
        AoWebhookSettings security = new AoWebhookSettings(database.activeObjects());
        long endpoint = store.insertEndpoint(new WebhookStore.EndpointFields(PAYLOAD, "https://erp.example.com/hooks?x=\"><b>", Set.of(WebhookEvent.INVOICE_ISSUED),
                true), new SecretBox(security).seal("a-secret-of-enough-length"), "fin", AT);
        failedDelivery = store.enqueue(new WebhookStore.NewDelivery("d-1", endpoint, WebhookEvent.INVOICE_ISSUED, "invoice:" + PAYLOAD, "{}", AT));
        store.claim(failedDelivery, AT, AT);
        store.failed(failedDelivery, Optional.of(500), "HTTP 500: " + PAYLOAD);
        long waiting = store.enqueue(new WebhookStore.NewDelivery("d-2", endpoint, WebhookEvent.INVOICE_ISSUED, "invoice:7", "{}", AT));
        store.claim(waiting, AT, AT);
        store.retryLater(waiting, Optional.of(503), "HTTP 503", AT.plusSeconds(120));
    }

    @After
    public void tearDown() {
        database.close();
    }

    private WebhookService service() {
        AoWebhookSettings security = new AoWebhookSettings(database.activeObjects());
        UrlGuard guard = new UrlGuard(security);
        SecretBox secrets = new SecretBox(security);
        return new WebhookService(store, new WebhookOutbox(store, clock), new DeliverySender(store, guard, secrets, new JdkWebhookTransport(), clock),
                guard, secrets, security, new AoAuditLog(database.activeObjects(), Roles.finance(), clock), new AoTransactions(database.activeObjects()), clock);
    }

    private WebhooksPage page(Locale locale) {
        AoWebhookSettings security = new AoWebhookSettings(database.activeObjects());
        UrlGuard guard = new UrlGuard(security);
        SecretBox secrets = new SecretBox(security);
        WebhookService service = new WebhookService(store, new WebhookOutbox(store, clock), new DeliverySender(store, guard, secrets,
                new JdkWebhookTransport(), clock), guard, secrets, security, new AoAuditLog(database.activeObjects(), Roles.finance(), clock),
                new AoTransactions(database.activeObjects()), clock);
        return new WebhooksPage(service, new BundleI18n(() -> locale), () -> ZoneOffset.UTC, () -> locale);
    }

    private String render(WebhooksView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/jira/plugins/servlet/ratecard/webhooks");
        StringWriter out = new StringWriter();
        renderer.render(WebhooksServlet.TEMPLATE, context, out);
        return out.toString();
    }

    @Test
    public void namesUrlsDocumentsAndReceiversErrors_shouldBeEscapedAndNoScriptWritten() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);

        assertThat(html, containsString("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"));
        assertThat(html, containsString("HTTP 500: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertThat(html, containsString("https://erp.example.com/hooks?x=&quot;&gt;&lt;b&gt;"));
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("<b>")));
    }

    @Test
    public void failedDelivery_shouldOfferResendingAndTheWaitingOneItsNextAttempt() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);

        assertThat(html, containsString("data-delivery=\"" + failedDelivery + "\">Send again</button>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-error\">failed</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-current\">waiting</span>"));
        assertThat(html, containsString("Dec 5, 2026, 9:32 AM"));
    }

    @Test
    public void statusFilter_shouldListOnlyThatStatus() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.of(DeliveryStatus.PENDING), Optional.empty()), Locale.ENGLISH);

        assertThat(html, not(containsString("aui-lozenge-error")));
        assertThat(html, containsString("<option value=\"pending\" selected>waiting</option>"));
    }

    @Test
    public void page_shouldBeInGermanForAGermanViewer() throws Exception {
        String html = render(page(Locale.GERMAN).viewOf(null, Optional.empty(), Optional.empty()), Locale.GERMAN);

        assertThat(html, containsString("Zustellprotokoll"));
        assertThat(html, containsString("Erneut senden"));
        assertThat(html, containsString(">fehlgeschlagen</span>"));
    }

    @Test
    public void viewerWithoutFinance_shouldGetThe403Page() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        AccessPolicy lead = Roles.viewingCostsOf(10L);
        PageGuard guard = new PageGuard(lead, mock(LoginUriProvider.class), mock(WebSudoManager.class),
                new ErrorPage(mock(TemplateRenderer.class), mock(I18nResolver.class)));

        new WebhooksServlet(guard, page(Locale.ENGLISH), mock(TemplateRenderer.class), mock(PageBuilderService.class), mock(I18nResolver.class))
                .doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    public void unknownStatus_shouldBeABadRequestNotAnError() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getParameter("status")).thenReturn("lost");
        PageGuard guard = new PageGuard(Roles.finance(), mock(LoginUriProvider.class), mock(WebSudoManager.class),
                new ErrorPage(mock(TemplateRenderer.class), mock(I18nResolver.class)));

        new WebhooksServlet(guard, page(Locale.ENGLISH), mock(TemplateRenderer.class), mock(PageBuilderService.class), mock(I18nResolver.class))
                .doGet(request, response);

        verify(response).sendError(org.mockito.ArgumentMatchers.eq(HttpServletResponse.SC_BAD_REQUEST), org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    public void hostileNameAndUrl_shouldBeEscapedInTheRowsDataForTheEditForm() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);

        assertThat(html, containsString("data-name=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\""));
        assertThat(html, containsString("data-url=\"https://erp.example.com/hooks?x=&quot;&gt;&lt;b&gt;\""));
        assertThat(html, not(containsString("\"><b>")));
    }

    @Test
    public void generatedSecret_shouldNeverBeOnThePageDrawnAfterSaving() throws Exception {
        WebhookService.WithSecret saved = service().create(new WebhookService.EndpointInput("ERP", "https://203.0.113.7/hooks",
                java.util.List.of("invoice.issued"), true, null), "fin");
        String secret = saved.newSecret().orElseThrow();

        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);

        assertThat(html, not(containsString(secret)));
        assertThat(html, containsString("<code>" + saved.endpoint().secretFingerprint() + "</code>"));
    }

    @Test
    public void endpointRow_shouldShowItsLastDeliveryAndCountTheWaitingOnesDeletingDrops() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);

        assertThat(html, containsString("data-waiting=\"1\""));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-current\">waiting</span> 503"));
        assertThat(html, containsString("data-confirm-delete=\"Delete the endpoint {0}? Its {1} waiting deliveries are dropped and never sent"));
    }

    @Test
    public void endpointForm_shouldOfferEverySubscribableEventButNotTheTestEvent() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);

        for (WebhookEvent event : WebhookEvent.values()) {
            assertThat(html, event.subscribable() ? containsString("name=\"events\" value=\"" + event.wireName() + "\"")
                    : not(containsString("name=\"events\" value=\"" + event.wireName() + "\"")));
        }
        assertThat(html, containsString("> Invoice issued (invoice.issued)</label>"));
    }

    @Test
    public void endpointForm_shouldBeInGermanForAGermanViewer() throws Exception {
        String html = render(page(Locale.GERMAN).viewOf(null, Optional.empty(), Optional.empty()), Locale.GERMAN);

        assertThat(html, containsString("Endpunkt hinzuf\u00fcgen"));
        assertThat(html, containsString("> Rechnung gestellt (invoice.issued)</label>"));
        assertThat(html, containsString(">Testereignis senden</button>"));
        assertThat(html, containsString("Letzte Zustellung"));
    }

    @Test
    public void everyActionOfARow_shouldBeAButtonDescribedByItsEndpointsName() throws Exception {
        String html = render(page(Locale.ENGLISH).viewOf(null, Optional.empty(), Optional.empty()), Locale.ENGLISH);
        long id = store.endpoints().get(0).id();

        for (String action : new String[] {"edit", "ping", "toggle", "rotate", "delete"}) {
            assertThat(html, java.util.regex.Pattern.compile("<button type=\"button\"[^>]*(ratecard-webhook-" + action
                    + "[^>]*aria-describedby=\"ratecard-webhook-name-" + id + "\"|aria-describedby=\"ratecard-webhook-name-" + id
                    + "\"[^>]*ratecard-webhook-" + action + ")").matcher(html).find(), org.hamcrest.CoreMatchers.is(true));
        }
        assertThat(html, containsString("id=\"ratecard-webhook-name-" + id + "\">"));
    }
}
