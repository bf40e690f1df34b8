package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/**
 * The client statement page and a contract's figures on a draft, rendered by a real Velocity engine with the host's
 * escaping and allowlist: what they show, and that nothing a person typed (an issue summary, a client's name) runs.
 */
public class ContractTemplatesTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void statement_shouldShowTheBalanceAndTheHoursPerIssueWithTheirInvoice() throws Exception {
        String html = render(ClientStatementServlet.TEMPLATE, statement("Onboarding", true));

        assertThat(html, containsString("<dt>Closing balance</dt><dd id=\"ratecard-statement-closing\">3.00</dd>"));
        assertThat(html, containsString("<td>ACME-7</td><td>Onboarding</td><td class=\"ratecard-money\">7.00</td><td>ACME-2026-0004</td>"));
        assertThat(html, containsString("id=\"ratecard-statement-total\">7.00</th>"));
        assertThat(html, containsString("href=\"/jira/rest/ratecard/1.0/accounts/ACME/statement?format=xlsx&amp;period=2026-05\""));
    }

    @Test
    public void statementWithoutRetainer_shouldSaySoAndListNothing() throws Exception {
        String html = render(ClientStatementServlet.TEMPLATE, statement("Onboarding", false));

        assertThat(html, containsString("The account has no retainer in May 2026."));
        assertThat(html, not(containsString("<table")));
    }

    @Test
    public void statement_shouldEscapeEveryStringPeopleControl() throws Exception {
        for (String payload : CostPanelTemplateTest.PAYLOADS) {
            assertSafe(render(ClientStatementServlet.TEMPLATE, statement(payload, true)));
        }
    }

    @Test
    public void draftWithAContract_shouldShowItsFiguresUnderTheirTitle() throws Exception {
        String html = render(InvoicePagesServlet.DOCUMENT, draft("131.5 h"));

        assertThat(html, containsString("<h3>Retainer balance May 2026</h3>"));
        assertThat(html, containsString("<dt>Used</dt><dd id=\"ratecard-contract-used\" class=\"ratecard-state-\">131.5 h</dd>"));
    }

    @Test
    public void draftWithoutAContract_shouldShowNoContractSection() throws Exception {
        PageTable lines = new PageTable("ratecard-invoice-lines", "ratecard.invoice.lines", List.of("ratecard.invoice.col.line"), List.of());

        assertThat(render(InvoicePagesServlet.DOCUMENT, view(lines)), not(containsString("ratecard-invoice-contract")));
    }

    @Test
    public void contractFigures_shouldBeEscaped() throws Exception {
        for (String payload : CostPanelTemplateTest.PAYLOADS) {
            assertSafe(render(InvoicePagesServlet.DOCUMENT, draft(payload)));
        }
    }

    private static ClientStatementView statement(String text, boolean retainer) {
        List<PageRow> balance = retainer ? List.of(new PageRow("opening", "Opening balance", List.of("0.00"), "", null),
                new PageRow("closing", "Closing balance", List.of("3.00"), "", null)) : List.of();
        List<PageRow> issues = retainer ? List.of(new PageRow("ACME-7", "ACME-7", List.of(text, "7.00", "ACME-2026-0004"), "", null)) : List.of();
        return new ClientStatementView("Retainer statement " + text + ", May 2026", text, "May 2026", balance,
                "The account has no retainer in May 2026.", issues, "7.00", "/jira/rest/ratecard/1.0/accounts/ACME/statement?format=xlsx&period=2026-05",
                new ClientStatementView.Words("Issue", "Summary", "Hours used", "Invoice", "Total hours", "Download XLSX", "Print or save as PDF"));
    }

    private static InvoicePageView draft(String value) {
        PageTable lines = new PageTable("ratecard-invoice-lines", "ratecard.invoice.lines", List.of("ratecard.invoice.col.line",
                "ratecard.invoice.col.amount"), List.of(new PageRow("RETAINER:2026-05", "Retainer May 2026: " + value, List.of("€9,600.00"), "retainer",
                "Retainer")));
        return view(lines).withContract("Retainer balance May 2026", List.of(new PageRow("used", "Used", List.of(value), "", null)));
    }

    private static InvoicePageView view(PageTable lines) {
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        PageTable entries = new PageTable("ratecard-invoice-entries", "ratecard.invoice.entries", List.of("ratecard.invoice.col.date"), List.of());
        return new InvoicePageView(new InvoicePageView.Heading(1, "Draft 1", "Draft", "draft", true, false),
                List.of(new PageRow("total", "Total", List.of("€9,600.00"), "total", null)), List.of(), List.of(),
                new InvoicePageView.Tables(new PagedTable(lines, 0, lines.getRows().size(), 50, "lines", count), null,
                        new PagedTable(entries, 0, 0, 50, "entries", count)), List.of(), "lines", "");
    }

    private static void assertSafe(String html) {
        assertThat(html, not(containsString("<script>")));
        assertThat(html, not(containsString("<img")));
        assertThat(html, not(containsString("<svg")));
        assertThat(html, not(containsString("' onmouseover='")));
    }

    private String render(String template, Object view) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> Locale.ENGLISH)));
        context.put("view", view);
        context.put("restBase", "/rest/ratecard/1.0");
        context.put("pageUrl", "/plugins/servlet/ratecard/invoices");
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }
}
