package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.accounting.AccountingExports;
import io.github.ratecard.accounting.AccountingSettings;
import io.github.ratecard.accounting.JournalColumn;
import io.github.ratecard.accounting.JournalField;
import io.github.ratecard.accounting.RevenueAccount;
import io.github.ratecard.insight.hints.Roles;
import io.github.ratecard.store.AoAccountingSettings;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoExportRecords;
import io.github.ratecard.store.AoInvoiceStore;
import io.github.ratecard.store.AoIssuedDocuments;
import io.github.ratecard.store.AoSettings;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.After;
import org.junit.Test;

/** The accounting settings page on a real database, drawn by a real Velocity engine with the host's escaping and allowlist. */
public class AccountingSettingsPageTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private final AccountingExports exports = new AccountingExports(new AoAccountingSettings(database.activeObjects()),
            new AoExportRecords(database.activeObjects()), new AoIssuedDocuments(database.activeObjects()), new AoInvoiceStore(database.activeObjects()),
            new AoSettings(database.activeObjects(), () -> ZoneOffset.UTC), Roles.finance(), new AoAuditLog(database.activeObjects(), Roles.finance(), clock),
            new AoTransactions(database.activeObjects()), clock);
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @After
    public void tearDown() {
        database.close();
    }

    private AccountingSettingsPage page(Locale locale) {
        return new AccountingSettingsPage(exports, new BundleI18n(() -> locale), () -> locale);
    }

    private String render(AccountingSettingsView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/jira/plugins/servlet/ratecard/accounting-settings");
        context.put("invoicesUrl", "/jira/plugins/servlet/ratecard/invoices");
        StringWriter out = new StringWriter();
        renderer.render(AccountingSettingsServlet.TEMPLATE, context, out);
        return out.toString();
    }

    private void store(String heading) {
        exports.updateSettings(new AccountingSettings(12345, 678, Month.APRIL, 5, "04",
                Map.of("19", new RevenueAccount("44000", "", "38060"), "7", new RevenueAccount("43000", "", "38010")), "100000",
                Map.of("ACME", "123456"), List.of(new JournalColumn(JournalField.DOCUMENT, heading), new JournalColumn(JournalField.ACCOUNT, "Konto"),
                new JournalColumn(JournalField.AMOUNT, "Betrag"))));
    }

    @Test
    public void storedSettings_shouldFillTheForm() throws Exception {
        store("Beleg");

        String html = render(page(Locale.ENGLISH).viewOf(false), Locale.ENGLISH);

        assertThat(html, containsString("name=\"consultantNumber\" inputmode=\"numeric\" maxlength=\"7\" size=\"9\"\n                       value=\"12345\""));
        assertThat(html, containsString("value=\"678\""));
        assertThat(html, containsString("<option value=\"4\" selected>April</option>"));
        assertThat(html, containsString("<option value=\"5\" selected>5</option>"));
        assertThat(html, containsString("<option value=\"04\" selected>SKR 04</option>"));
        assertThat(html, containsString("value=\"44000\""));
        assertThat(html, containsString("value=\"38010\""));
        assertThat(html, containsString("value=\"100000\""));
        assertThat(html, containsString("value=\"ACME\""));
        assertThat(html, containsString("value=\"123456\""));
        assertThat(html, not(containsString("ratecard-accounting-settings-datev-missing")));
        assertThat(html, not(containsString("ratecard-accounting-settings-saved")));
    }

    @Test
    public void journalColumns_shouldListTheChosenInOrderThenTheFieldsLeftOut() {
        store("Beleg");

        List<JournalColumnRow> rows = page(Locale.ENGLISH).viewOf(false).journalColumns();

        assertEquals(List.of("DOCUMENT", "ACCOUNT", "AMOUNT", "DATE", "DEBIT", "CREDIT", "TAX_CODE", "CURRENCY", "BASE_AMOUNT"),
                rows.stream().map(JournalColumnRow::field).toList());
        assertEquals(new JournalColumnRow("AMOUNT", "Amount", "Betrag", true, "3"), rows.get(2));
        assertEquals(new JournalColumnRow("DATE", "Date", "Date", false, ""), rows.get(3));
    }

    @Test
    public void defaults_shouldSayADatevExportNeedsBothNumbersAndOfferRowsToFillIn() throws Exception {
        AccountingSettingsView view = page(Locale.ENGLISH).viewOf(false);
        String html = render(view, Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-accounting-settings-datev-missing\""));
        assertEquals(List.of("19", "7", "", ""), view.revenueAccounts().stream().map(RevenueAccountRow::taxRate).toList());
        assertEquals(AccountingSettingsPage.BLANK_DEBTOR_ROWS, view.debtorAccounts().size());
    }

    @Test
    public void hostileHeading_shouldBeEscapedAndNoScriptWritten() throws Exception {
        store(PAYLOAD);

        String html = render(page(Locale.ENGLISH).viewOf(false), Locale.ENGLISH);

        assertThat(html, containsString("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\""));
        assertThat(html, not(containsString("<script")));
    }

    @Test
    public void page_shouldBeInGermanForAGermanViewer() throws Exception {
        String html = render(page(Locale.GERMAN).viewOf(true), Locale.GERMAN);

        assertThat(html, containsString("<h2>Buchhaltungseinstellungen</h2>"));
        assertThat(html, containsString("Die Buchhaltungseinstellungen sind gespeichert."));
        assertThat(html, containsString("<option value=\"1\" selected>Januar</option>"));
        assertThat(html, containsString(">Beleg</label>"));
        assertThat(html, containsString("data-whole-number=\"{0} muss eine ganze Zahl sein, etwa 12345; war: {1}\""));
    }

    @Test
    public void refusedRevenueAccount_shouldBeWordedInTheViewersLanguage() {
        io.github.ratecard.domain.InvalidInputException refused = org.junit.Assert.assertThrows(io.github.ratecard.domain.InvalidInputException.class,
                () -> new AccountingSettings(null, null, Month.JANUARY, 4, "03", Map.of("7.5", new RevenueAccount("830", "", "")), "10000", Map.of(),
                        AccountingSettings.defaultColumns()));

        assertEquals("Erl\u00f6skonten: Das Erl\u00f6skonto f\u00fcr 7,5 % muss genau 4 Ziffern haben (die Sachkontenl\u00e4nge).",
                RefusalWords.of(Locale.GERMAN).message(refused.field(), refused.getMessage(), refused.refusal()));
        assertEquals("Revenue accounts: the revenue account for 7.5 % must have exactly 4 digits (the G/L account length).",
                RefusalWords.of(Locale.ENGLISH).message(refused.field(), refused.getMessage(), refused.refusal()));
    }

    @Test
    public void refusedDebtorAccount_shouldBeWordedInGerman() {
        io.github.ratecard.domain.InvalidInputException refused = org.junit.Assert.assertThrows(io.github.ratecard.domain.InvalidInputException.class,
                () -> new AccountingSettings(null, null, Month.JANUARY, 4, "03", Map.of(), "01234", Map.of(), AccountingSettings.defaultColumns()));

        assertEquals("Standard-Debitorenkonto muss 5 Ziffern haben (eine mehr als die Sachkontenl\u00e4nge) und darf nicht mit 0 beginnen.",
                RefusalWords.of(Locale.GERMAN).message(refused.field(), refused.getMessage(), refused.refusal()));
    }

    @Test
    public void viewerWithoutFinance_shouldGetThe403Page() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        TemplateRenderer pageRenderer = mock(TemplateRenderer.class);
        PageGuard guard = new PageGuard(Roles.viewingCostsOf(10L), mock(LoginUriProvider.class), mock(WebSudoManager.class),
                new ErrorPage(mock(TemplateRenderer.class), mock(I18nResolver.class)));

        new AccountingSettingsServlet(guard, page(Locale.ENGLISH), pageRenderer, mock(PageBuilderService.class), mock(I18nResolver.class))
                .doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(pageRenderer, never()).render(org.mockito.ArgumentMatchers.eq(AccountingSettingsServlet.TEMPLATE),
                org.mockito.ArgumentMatchers.anyMap(), org.mockito.ArgumentMatchers.any(java.io.Writer.class));
    }
}
