package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertThat;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.jobs.StepHealth;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The overview template, rendered by a real Velocity engine with the host's escaping. */
public class AdminOverviewTemplateTest {

    private static final String PAYLOAD = "<script>window.pwned=1</script>\"><img src=x onerror=alert(1)>";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void overview_shouldShowVersionAndEventCountsWithTranslatedLabels() throws Exception {
        String html = render(new BundleI18n(() -> Locale.ENGLISH), AdminOverviewView.of("1.2.3", 17, 2, List.of()));

        assertThat(html, containsString("<title>Ratecard overview</title>"));
        assertThat(html, containsString("<td id=\"ratecard-version\">1.2.3</td>"));
        assertThat(html, containsString("id=\"ratecard-events-received\">17</td>"));
        assertThat(html, containsString("id=\"ratecard-events-failed\">2</td>"));
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.admin\">"));
    }

    @Test
    public void overview_shouldShowTheBackgroundFailuresAndTheLatestOne() throws Exception {
        Instant earlier = Instant.parse("2026-11-25T10:00:00Z");
        Instant later = Instant.parse("2026-11-25T10:01:00Z");
        AdminOverviewView view = AdminOverviewView.of("1.2.3", 17, 2, List.of(
                new StepHealth.StepStatus("rollup folding", 3, 1, 2, later, earlier, "rollup row 12: java.lang.IllegalArgumentException"),
                new StepHealth.StepStatus("budget alerts", 3, 1, 0, later, later, "java.lang.IllegalStateException: mail queue full"),
                new StepHealth.StepStatus("ledger jobs", 3, 0, 0, later, null, null)));

        String html = render(new BundleI18n(() -> Locale.ENGLISH), view);

        assertThat(html, containsString("id=\"ratecard-background-failures\">4</td>"));
        assertThat(html, containsString("id=\"ratecard-background-last\">budget alerts, 2026-11-25T10:01:00Z: "
                + "java.lang.IllegalStateException: mail queue full</td>"));
    }

    @Test
    public void overview_shouldSpeakGerman() throws Exception {
        String html = render(new BundleI18n(() -> Locale.GERMAN), new AdminOverviewView("1.2.3", "0", "0", "0", ""));

        assertThat(html, containsString("Ratecard-\u00dcbersicht"));
    }

    @Test
    public void overview_shouldEscapeEveryValueItShows() throws Exception {
        String html = render(new BundleI18n(() -> Locale.ENGLISH), new AdminOverviewView(PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD));

        assertThat(html, not(containsString("<script>")));
        assertThat(html, not(containsString("<img")));
        assertThat(html, containsString("&lt;script&gt;window.pwned=1&lt;/script&gt;&quot;&gt;&lt;img"));
    }

    @Test
    public void overview_shouldFollowRunningJobsFromTheCheapJobListNotTheHealthCounts() throws Exception {
        String html = render(new BundleI18n(() -> Locale.ENGLISH), new AdminOverviewView("1.0", "0", "0", "0", ""));

        assertThat(html, containsString("data-progress-jobs=\"/jira/rest/ratecard/1.0/admin/jobs?limit=20\""));
        assertThat(html, not(containsString("admin/health")));
    }

    private String render(I18nResolver i18n, AdminOverviewView view) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(AdminOverviewServlet.TEMPLATE, Map.of("i18n", new PageText(i18n), "view", view, "restBase", "/jira/rest/ratecard/1.0"), out);
        return out.toString();
    }
}
