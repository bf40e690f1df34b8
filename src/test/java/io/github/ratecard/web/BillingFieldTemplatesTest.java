package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The Account and Billable fields' view, column, edit and XML templates, rendered by a real Velocity engine with the allowlist. */
public class BillingFieldTemplatesTest {

    private static final ClientAccount ACME = account("ACME", "Acme Corporation");
    private static final ClientAccount LABS = account("ACME_LABS", "Acme Labs");

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void accountView_shouldShowTheAccountsNameAndKey() throws Exception {
        assertEquals("<span class=\"ratecard-field-value\">Acme Labs (ACME_LABS)</span>",
                render("view", accountView("ACME_LABS", List.of(ACME, LABS))).trim());
        assertEquals("Acme Labs (ACME_LABS)", render("column", accountView("ACME_LABS", List.of(ACME, LABS))).trim());
        assertEquals("<customfieldvalue>ACME_LABS</customfieldvalue>", render("xml", accountView("ACME_LABS", List.of(ACME, LABS))).trim());
    }

    @Test
    public void emptyField_shouldShowNothing() throws Exception {
        assertEquals("", render("view", accountView(null, List.of(ACME))).trim());
    }

    @Test
    public void accountEdit_shouldOfferTheProjectsAccountsDefaultFirstWithTheValueSelected() throws Exception {
        String html = render("edit", accountView("ACME_LABS", List.of(ACME, LABS)));

        assertThat(html, containsString("<select class=\"select\" name=\"customfield_10100\" id=\"customfield_10100\">"));
        assertThat(html, containsString("<option value=\"\">None (the project&#39;s default account)</option>"));
        assertThat(html, containsString("<option value=\"ACME\">Acme Corporation (ACME)</option>\n"
                + "        <option value=\"ACME_LABS\" selected>Acme Labs (ACME_LABS)</option>"));
    }

    @Test
    public void accountEdit_shouldKeepAValueThatIsNoLongerOffered() throws Exception {
        String html = render("edit", accountView("OLDCO", List.of(ACME)));

        assertThat(html, containsString("<option value=\"OLDCO\" selected>OLDCO</option>"));
    }

    @Test
    public void billableEdit_shouldOfferItsTwoOptions() throws Exception {
        String html = render("edit", BillingFieldView.billable("customfield_10101", "Billable", "Non-billable", "None", 10000L, true));

        assertThat(html, containsString("<option value=\"Billable\">Billable</option>"));
        assertThat(html, containsString("<option value=\"Non-billable\" selected>Non-billable</option>"));
    }

    @Test
    public void everyTemplate_shouldEscapeAccountNamesAndFieldNames() throws Exception {
        for (String payload : CostPanelTemplateTest.PAYLOADS) {
            ClientAccount hostile = account("EVIL", payload);
            BillingFieldView view = BillingFieldView.account("customfield_1", payload, "EVIL", List.of(hostile), key -> Optional.of(hostile),
                    payload, 10000L, true);
            for (String template : List.of("view", "column", "edit", "xml")) {
                String html = render(template, view);

                assertThat(template, html, not(containsString("<script>")));
                assertThat(template, html, not(containsString("<img")));
                assertThat(template, html, not(containsString("<svg")));
                assertThat(template, html, not(containsString("</textarea>")));
                assertThat(template, html, not(containsString("' onmouseover='")));
            }
        }
    }

    @Test
    public void edit_shouldSendTheProjectAndTheShownValueSoAChangeCanBeChecked() throws Exception {
        String html = render("edit", accountView("ACME_LABS", List.of(ACME, LABS)));

        assertThat(html, containsString("<input type=\"hidden\" name=\"customfield_10100:project\" value=\"10000\">"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"customfield_10100:current\" value=\"ACME_LABS\">"));
    }

    @Test
    public void edit_shouldBeReadOnlyForUsersWhoMayNotChangeTheValue() throws Exception {
        BillingFieldView view = BillingFieldView.account("customfield_10100", "Account", "ACME_LABS", List.of(ACME, LABS),
                key -> Optional.of(LABS), "None", 10000L, false);

        String html = render("edit", view);

        assertThat(html, not(containsString("<select")));
        assertThat(html, containsString("Acme Labs (ACME_LABS)</span>"));
        assertThat(html, containsString("<input type=\"hidden\" name=\"customfield_10100\" value=\"ACME_LABS\">"));
    }

    private static BillingFieldView accountView(String value, List<ClientAccount> options) {
        return BillingFieldView.account("customfield_10100", "Account", value, options,
                key -> options.stream().filter(a -> a.key().equals(key)).findFirst(), "None (the project's default account)", 10000L, true);
    }

    private String render(String template, BillingFieldView view) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render("templates/fields/billing-field-" + template + ".vm", Map.of("ratecardField", view), out);
        return out.toString();
    }

    private static ClientAccount account(String key, String name) {
        return new ClientAccount(key, name, "Customer", Currency.getInstance("EUR"), AccountCategory.BILLABLE, AccountStatus.OPEN,
                new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), new BigDecimal("19"), null);
    }
}
