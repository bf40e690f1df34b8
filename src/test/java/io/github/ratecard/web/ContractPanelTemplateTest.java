package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The contract panel on the Budget page template, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class ContractPanelTemplateTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void panel_shouldShowItsTablesThresholdsAndAlert() throws Exception {
        String html = render(panel("Contract of Globex", "The retainer balance reached 80 %"), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-contract-panel-GLOBEX\""));
        assertThat(html, containsString("<caption>Retainer balance</caption>"));
        assertThat(html, containsString("<tr data-key=\"overage\" class=\"ratecard-state-warning\"><th scope=\"row\">Overage</th>"
                + "<td class=\"ratecard-money\">1.5</td><td class=\"ratecard-money\">$97.50</td></tr>"));
        assertThat(html, containsString("ratecard-contract-alert"));
        assertThat(html, containsString("Alerts at 80 %"));
    }

    @Test
    public void panelWithoutAlert_shouldShowNoAlertBox() throws Exception {
        assertThat(render(panel("Contract of Globex", ""), Locale.ENGLISH), not(containsString("ratecard-contract-alert")));
    }

    @Test
    public void markupInTheAccountNameOrTheTexts_shouldStayText() throws Exception {
        String html = render(panel("Contract of " + SCRIPT, SCRIPT), Locale.ENGLISH);

        assertThat(html, not(containsString(SCRIPT)));
        assertThat(html, containsString("Contract of &lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    public void panel_shouldSpeakGerman() throws Exception {
        String html = render(panel("Vertrag von Globex", ""), Locale.GERMAN);

        assertThat(html, containsString("<caption>Retainer-Guthaben</caption>"));
        assertThat(html, containsString("<th scope=\"col\" class=\"ratecard-money\">Stunden</th>"));
    }

    @Test
    public void pageWithoutContract_shouldHaveNoPanel() throws Exception {
        BudgetPageView view = new BudgetPageView("PROJECT", "ACME", "Acme", false, List.of(), null, null);

        assertThat(render(view, Locale.ENGLISH), not(containsString("ratecard-contract-panel")));
    }

    private static BudgetPageView panel(String title, String alert) {
        PageTable balance = new PageTable("ratecard-contract-panel-balance-GLOBEX", "ratecard.budget.contract.balance",
                List.of("ratecard.budget.contract.figure", "ratecard.budget.contract.hours", "ratecard.budget.contract.money"), List.of(
                new PageRow("used", "Used", List.of("121.5", SCRIPT), "", null),
                new PageRow("overage", "Overage", List.of("1.5", "$97.50"), "warning", null)));
        ContractPanelView panel = new ContractPanelView("GLOBEX", title, "Retainer · " + SCRIPT, List.of(balance),
                "Alerts at 80 % of the retainer balance", alert);
        return new BudgetPageView("ACCOUNT", "GLOBEX", "Globex", true, List.of(), null, null, List.of(panel));
    }

    private String render(BudgetPageView view, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(BudgetPagesServlet.TEMPLATE, Map.of("i18n", new PageText(new BundleI18n(() -> locale)), "view", view,
                "restBase", "/rest/ratecard/1.0", "pageUrl", "/plugins/servlet/ratecard/budgets"), out);
        return out.toString();
    }
}
