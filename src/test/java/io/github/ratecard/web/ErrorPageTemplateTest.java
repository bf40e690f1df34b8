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

/** The page a refused or unknown address shows, rendered by a real Velocity engine with the host's escaping. */
public class ErrorPageTemplateTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void forbidden_shouldAskForJirasFrameAndSayWhyWithAWayBack() throws Exception {
        String html = render(Locale.ENGLISH, true, "/jira/");

        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("<title>You cannot open this page</title>"));
        assertThat(html, containsString("data-status=\"403\""));
        assertThat(html, containsString("<div class=\"aui-message aui-message-warning\">"));
        assertThat(html, containsString("has no permission for this Ratecard page"));
        assertThat(html, containsString("<a class=\"aui-button\" id=\"ratecard-error-back\" href=\"/jira/\">Back to Jira</a>"));
    }

    @Test
    public void notFound_shouldSaySoInGerman() throws Exception {
        String html = render(Locale.GERMAN, false, "/");

        assertThat(html, containsString("<title>Seite nicht gefunden</title>"));
        assertThat(html, containsString("data-status=\"404\""));
        assertThat(html, containsString("Zur\u00fcck zu Jira"));
        assertThat(html, not(containsString("Ratecard page")));
    }

    @Test
    public void pageHeader_shouldBeAnAuiPageHeader() throws Exception {
        String html = render(Locale.ENGLISH, false, "/");

        assertThat(html, containsString("<header class=\"aui-page-header\">"));
        assertThat(html, containsString("<h1>Page not found</h1>"));
    }

    @Test
    public void wayBack_shouldBeEscaped() throws Exception {
        String html = render(Locale.ENGLISH, true, "/\"><script>x()</script>/");

        assertThat(html, not(containsString("<script>")));
    }

    private String render(Locale locale, boolean forbidden, String homeUrl) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(ErrorPage.TEMPLATE, Map.of("i18n", new PageText(new BundleI18n(() -> locale)), "forbidden", forbidden,
                "homeUrl", homeUrl), out);
        return out.toString();
    }
}
