package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertThat;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The ledger page offers each action only to who may run it (the REST API refuses the others anyway). */
public class LedgerPageTemplateTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void financeWhoIsNoAdministrator_shouldSeeNoBackfillButtonButTheSettings() throws Exception {
        String html = render(false, true);

        assertThat(html, not(containsString("id=\"ratecard-backfill\"")));
        assertThat(html, containsString("id=\"ratecard-jobs-admin-only\""));
        assertThat(html, containsString("data-may-run-jobs=\"false\""));
        assertThat(html, containsString("id=\"ratecard-settings-form\""));
    }

    @Test
    public void administratorWithoutFinance_shouldSeeTheBackfillButtonAndNoEmptySettingsForm() throws Exception {
        String html = render(true, false);

        assertThat(html, containsString("id=\"ratecard-backfill\""));
        assertThat(html, containsString("data-may-run-jobs=\"true\""));
        assertThat(html, not(containsString("id=\"ratecard-settings-form\"")));
        assertThat(html, containsString("Users with the Ratecard finance permission keep these settings"));
    }

    @Test
    public void title_shouldBeAnAuiPageHeader() throws Exception {
        String html = render(true, true);

        assertThat(html, containsString("<header class=\"aui-page-header\">"));
    }

    private String render(boolean mayRunJobs, boolean mayEditSettings) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(RateCardPage.LEDGER.template(), Map.of("i18n", new PageText(new BundleI18n(() -> Locale.ENGLISH)),
                "restBase", "/rest/ratecard/1.0", "today", "2026-12-05", "mayRunJobs", mayRunJobs, "mayEditSettings", mayEditSettings), out);
        return out.toString();
    }
}
