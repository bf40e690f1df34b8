package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertThat;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** Finance's list of accounts to budget: each account's status is an AUI lozenge. */
public class AccountBudgetsTemplateTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void openAccount_shouldShowItsStatusAsAGreenLozenge() throws Exception {
        String html = render(new PageRow("ACME", "Acme Corp", List.of("EUR", "Open"), "", null));

        assertThat(html, containsString("<td>EUR</td>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-success\">Open</span>"));
    }

    @Test
    public void closedAccount_shouldShowItsStatusAsAGreyLozenge() throws Exception {
        String html = render(new PageRow("OLD", "Old Client", List.of("USD", "Closed"), "closed", null));

        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-subtle\">Closed</span>"));
    }

    private String render(PageRow account) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(BudgetPagesServlet.ACCOUNTS_TEMPLATE, Map.of("i18n", new PageText(new BundleI18n(() -> Locale.ENGLISH)),
                "accounts", List.of(account), "pageUrl", "/plugins/servlet/ratecard/budgets"), out);
        return out.toString();
    }
}
