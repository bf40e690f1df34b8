package io.github.ratecard.web;

import static org.junit.Assert.assertTrue;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The invoice pages and the billing report, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class InvoiceTemplatesTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void draftPage_shouldOfferTheDraftsActionsAndNoVoid() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", true), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-issue-form\""));
        assertThat(html, containsString("ratecard-exclude"));
        assertThat(html, not(containsString("id=\"ratecard-void-form\"")));
    }

    @Test
    public void draftPage_shouldOfferTheVatOfLinesOfOnesOwnAndExpensesOnly() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", true), Locale.ENGLISH);

        String form = html.substring(html.indexOf("id=\"ratecard-line-vat-form\""));
        assertThat(form, containsString("<option value=\"MANUAL:1\">"));
        assertThat(form, not(containsString("ISSUE:ACME-1@600000")));
        assertThat(form, containsString("<option value=\"E\">E: exempt (0 %, with the reason)</option>"));
    }

    @Test
    public void issuedPage_shouldOfferNoVatChoice() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH);

        assertThat(html, not(containsString("ratecard-line-vat-form")));
        assertThat(html, not(containsString("name=\"vatCategory\"")));
    }

    @Test
    public void emptyListWithAFilter_shouldSayTheFilterIsWhy() throws Exception {
        String html = render(InvoicePagesServlet.LIST, emptyList(io.github.ratecard.invoice.InvoiceFilter.of("ACME", null, null)), Locale.ENGLISH);

        assertThat(html, containsString("No invoice matches this filter."));
    }

    @Test
    public void emptyListWithoutAFilter_shouldSayNoInvoiceYet() throws Exception {
        String html = render(InvoicePagesServlet.LIST, emptyList(io.github.ratecard.invoice.InvoiceFilter.of(null, null, null)), Locale.ENGLISH);

        assertThat(html, containsString("No invoice yet. Draft one below."));
    }

    private static InvoiceListView emptyList(io.github.ratecard.invoice.InvoiceFilter filter) {
        return new InvoiceListView(new PageTable("ratecard-invoices", "ratecard.invoice.list", List.of("ratecard.invoice.col.number"), List.of()),
                List.of(), filter, 50);
    }

    @Test
    public void issuedPage_shouldOfferVoidAndCreditButNoEditing() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-void-form\""));
        assertThat(html, not(containsString("ratecard-line-text")));
        assertThat(html, not(containsString("id=\"ratecard-issue-form\"")));
    }

    @Test
    public void linesTable_shouldAlignEveryColumnButTheLineAsMoney() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH);

        assertThat(html, containsString("<th>Line</th>"));
        assertThat(html, containsString("<th class=\"ratecard-money\">Amount</th>"));
    }

    @Test
    public void billingReport_shouldAlignEveryColumnButTheLineAsMoney() throws Exception {
        String html = renderReport(new PageTable("ratecard-billing-report", "ratecard.report.name", List.of("ratecard.report.col.line",
                "ratecard.report.col.hours", "ratecard.report.col.rate", "ratecard.report.col.amount"),
                List.of(new PageRow("ACME-1", "ACME-1 Summary", List.of("1.50", "40", "€60.00"), "", null))));

        assertThat(html, containsString("<th>Line</th>"));
        assertThat(html, containsString("<th class=\"ratecard-money\">Hours</th>"));
        assertThat(html, containsString("<th class=\"ratecard-money\">Rate</th>"));
        assertThat(html, containsString("<th class=\"ratecard-money\">Amount</th>"));
    }

    @Test
    public void pages_shouldSpeakGerman() throws Exception {
        assertThat(render(InvoicePagesServlet.DOCUMENT, document("Summary", true), Locale.GERMAN), containsString("Unter der n\u00e4chsten Nummer ausstellen"));
    }

    @Test
    public void documentWithMoreWorklogsThanAPage_shouldLinkThePreviousAndNextPages() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false, 500, 1234), Locale.ENGLISH);

        assertThat(html, containsString("501\u2013550 / 1,234"));
        assertThat(html, containsString("?id=1&amp;tab=work&amp;entries=450\">Previous"));
        assertThat(html, containsString("?id=1&amp;tab=work&amp;entries=550\">Next"));
    }

    @Test
    public void draftPage_shouldPutTheSummaryAndIssueBeforeTheTabs() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", true), Locale.ENGLISH);

        assertTrue(html.indexOf("id=\"ratecard-invoice-total\"") < html.indexOf("id=\"ratecard-issue\""));
        assertTrue(html.indexOf("id=\"ratecard-issue\"") < html.indexOf("id=\"ratecard-invoice-tabs\""));
    }

    @Test
    public void pageAfterAnAction_shouldShowItsFlag() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false, 0, 1, "Issued: Invoice ACME-2026-0001"), Locale.ENGLISH);

        assertThat(html, containsString("<p>Issued: Invoice ACME-2026-0001</p>"));
    }

    @Test
    public void pageWithoutAnAction_shouldShowNoFlag() throws Exception {
        assertThat(render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH), not(containsString("ratecard-flag")));
    }

    @Test
    public void linkedDocument_shouldBeLinkedByItsRelation() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH);

        assertThat(html, containsString("Credited by <a href=\"/plugins/servlet/ratecard/invoices?id=2\">Credit note Summary</a>"));
    }

    @Test
    public void pages_shouldEscapeEveryStringPeopleControl() throws Exception {
        for (String payload : CostPanelTemplateTest.PAYLOADS) {
            for (boolean draft : new boolean[] {true, false}) {
                String html = render(InvoicePagesServlet.DOCUMENT, document(payload, draft, 0, 1, payload), Locale.ENGLISH);
                assertSafe(html);
            }
            InvoiceListView list = new InvoiceListView(new PageTable("ratecard-invoices", "ratecard.invoice.list", List.of("ratecard.invoice.col.number"),
                    List.of(new PageRow("1", payload, List.of(payload), "issued", null))), List.of(new PageRow("ACME", payload, List.of("EUR"), "", null)),
                    io.github.ratecard.invoice.InvoiceFilter.of(payload, null, null), 50);
            assertSafe(render(InvoicePagesServlet.LIST, list, Locale.ENGLISH));
        }
    }

    private static void assertSafe(String html) {
        assertThat(html, not(containsString("<script>")));
        assertThat(html, not(containsString("<img")));
        assertThat(html, not(containsString("<svg")));
        assertThat(html, not(containsString("' onmouseover='")));
    }

    private static InvoicePageView document(String text, boolean draft) {
        return document(text, draft, 0, 1);
    }

    private static InvoicePageView document(String text, boolean draft, int entriesFrom, long entriesTotal) {
        return document(text, draft, entriesFrom, entriesTotal, "");
    }

    private static InvoicePageView document(String text, boolean draft, int entriesFrom, long entriesTotal, String flag) {
        java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH);
        PageTable lines = new PageTable("ratecard-invoice-lines", "ratecard.invoice.lines", List.of("ratecard.invoice.col.line",
                "ratecard.invoice.col.amount"), List.of(new PageRow("ISSUE:ACME-1@600000", "ACME-1 " + text, List.of("€60.00"), "work", null),
                new PageRow("MANUAL:1", text, List.of("-€5.00"), "manual", "Own line")));
        PageTable entries = new PageTable("ratecard-invoice-entries", "ratecard.invoice.entries", List.of("ratecard.invoice.col.date",
                "ratecard.invoice.col.summary"), List.of(new PageRow("11", "Oct 5, 2026", List.of(text), "", null)));
        return new InvoicePageView(new InvoicePageView.Heading(1, "Invoice " + text, "Issued", draft ? "draft" : "issued", draft, !draft),
                List.of(new PageRow("client", "Client", List.of(text), "", null), new PageRow("total", "Total", List.of("€65.45"), "total", null)),
                List.of(new PageRow("2", "ratecard.invoice.related.creditNote", List.of("Credit note " + text), "creditNote", null)),
                List.of(new PageRow("account", "Account", List.of(text), "", null)),
                new InvoicePageView.Tables(new PagedTable(lines, 0, 2, 50, "lines", count), null,
                        new PagedTable(entries, entriesFrom, entriesTotal, 50, "entries", count)),
                List.of(new PageRow("xlsx", "XLSX", List.of("/rest/ratecard/1.0/invoices/1/export?format=xlsx"), "", null)), "lines", flag);
    }

    @Test
    public void billingReport_ofAnInvoicedPeriodShouldNameTheInvoicesInsteadOfTotalsOfZero() throws Exception {
        String html = renderReport(zeroTotals(), true, "ACME-2026-0004");

        assertThat(html, containsString("All billable work in this period is invoiced \u2014 see ACME-2026-0004"));
        assertThat(html, not(containsString("<table")));
    }

    @Test
    public void billingReport_withoutWorkShouldSayWhatToCheck() throws Exception {
        String html = renderReport(zeroTotals(), true, "");

        assertThat(html, containsString("No un-invoiced billable work in this period. Check that the project is linked"));
        assertThat(html, not(containsString("<table")));
    }

    @Test
    public void billingReport_shouldSayWhichApprovalStateItShowsAndWhetherChangesArePending() throws Exception {
        String html = renderReport(zeroTotals(), true, "");

        assertThat(html, containsString("Time shown: approved time only"));
        assertThat(html, containsString("2 changes of approved or closed time are pending and not included."));
    }

    private static PageTable zeroTotals() {
        return new PageTable("ratecard-billing-report", "ratecard.report.name", List.of("ratecard.report.col.line",
                "ratecard.report.col.hours", "ratecard.report.col.rate", "ratecard.report.col.amount"),
                List.of(new PageRow("total", "Total", List.of("", "", "\u20ac0.00"), "", null)));
    }

    private String renderReport(PageTable lines) throws Exception {
        return renderReport(lines, false, "");
    }

    private String renderReport(PageTable lines, boolean noWork, String invoicedIn) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("noWork", noWork);
        context.put("invoicedIn", invoicedIn);
        context.put("i18n", new PageText(new BundleI18n(() -> Locale.ENGLISH)));
        context.put("title", "Acme · Support");
        context.put("lines", lines);
        context.put("blocked", 0);
        context.put("xlsxUrl", "/rest/ratecard/1.0/reports/billing?format=xlsx");
        context.put("csvUrl", "/rest/ratecard/1.0/reports/billing?format=csv");
        context.put("csvStyle", CsvStyle.COMMA_POINT.labelKey());
        context.put("csvOtherUrl", "/rest/ratecard/1.0/reports/billing?format=csv&separator=semicolon&decimal=comma");
        context.put("csvOtherStyle", CsvStyle.SEMICOLON_COMMA.labelKey());
        context.put("approvalShown", "approved time only");
        context.put("pendingStatement", "2 changes of approved or closed time are pending and not included.");
        context.put("leftOutStatement", "");
        StringWriter out = new StringWriter();
        renderer.render(BillingReportPage.TEMPLATE, context, out);
        return out.toString();
    }

    @Test
    public void invalidEInvoice_shouldListEachFailedRuleWithWhatToDo() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH, invalidEInvoice("Buyer reference missing",
                "Enter the client's buyer reference"));

        assertThat(html, containsString("id=\"ratecard-einvoice\""));
        assertThat(html, containsString("aui-message-error"));
        assertThat(html, containsString("<code>PEPPOL-EN16931-R003</code> Buyer reference missing"));
        assertThat(html, containsString("What to do:</strong> Enter the client&#39;s buyer reference"));
        assertThat(html, containsString("X-Ratecard-EInvoice"));
    }

    @Test
    public void eInvoiceWhileTheRulesLoad_shouldSaySoAndOfferAReload() throws Exception {
        EInvoiceValidityView loading = new EInvoiceValidityView("loading", "E-invoice check: the official rules are loading", List.of());

        String html = render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH, loading);

        assertThat(html, containsString("the official rules are loading"));
        assertThat(html, containsString("<a href=\"/plugins/servlet/ratecard/invoices?id=1\" class=\"ratecard-no-print\">Reload</a>"));
    }

    @Test
    public void ruleTexts_shouldBeEscaped() throws Exception {
        for (String payload : CostPanelTemplateTest.PAYLOADS) {
            assertSafe(render(InvoicePagesServlet.DOCUMENT, document("Summary", false), Locale.ENGLISH, invalidEInvoice(payload, payload)));
        }
    }

    private static EInvoiceValidityView invalidEInvoice(String text, String fix) {
        return new EInvoiceValidityView("invalid", "E-invoice: not valid", List.of(new EInvoiceValidityView.RuleSetView("Peppol BIS Billing 3.0",
                false, "Peppol BIS Billing 3.0: not valid", List.of(new EInvoiceValidityView.RuleView("PEPPOL-EN16931-R003", text, text, fix, false)))));
    }

    private String render(String template, Object view, Locale locale) throws Exception {
        return render(template, view, locale, null);
    }

    private String render(String template, Object view, Locale locale, EInvoiceValidityView einvoice) throws Exception {
        Map<String, Object> context = new HashMap<>();
        if (einvoice != null) {
            context.put("einvoice", einvoice);
        }
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("restBase", "/rest/ratecard/1.0");
        context.put("pageUrl", "/plugins/servlet/ratecard/invoices");
        context.put("webhooksUrl", "/plugins/servlet/ratecard/webhooks");
        context.put("accountingSettingsUrl", "/plugins/servlet/ratecard/accounting-settings");
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }
}
