package io.github.ratecard.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

public class MarginTemplateTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void rowLabelsFiltersAndEntries_areEscaped() throws Exception {
        String html = render(view(PAYLOAD, PAYLOAD, entries(PAYLOAD)), Locale.ENGLISH);

        assertThat(html, not(containsString("<script")));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    public void aLossMakingRow_isMarkedAndItsTrendHasAnArrowAndWords() throws Exception {
        String html = render(view("Globex", "", null), Locale.ENGLISH);

        assertThat(html, containsString("<tr class=\"ratecard-loss\">"));
        assertThat(html, containsString("<span class=\"ratecard-trend-down\" title=\"Down against the average of the three months before\">&#8595;</span>"));
        assertThat(html, containsString("<a class=\"ratecard-margin-drill\" href=\"/p?entries=1&amp;account=GLX\">Entries</a>"));
    }

    @Test
    public void unvaluedEntries_areSaidAboveTheTable() throws Exception {
        MarginPageView given = view("Globex", "", null);
        MarginPageView view = new MarginPageView(given.getFilters(), given.getHeads(), given.getRows(), List.of(), "Total in EUR: -€100.00", "",
                "3 entries have no value at bill rates", "", "", null);

        String html = render(view, Locale.ENGLISH);

        assertThat(html, containsString("<p class=\"ratecard-muted\" id=\"ratecard-margin-unvalued\">3 entries have no value at bill rates</p>"));
        assertThat(render(given, Locale.ENGLISH), not(containsString("ratecard-margin-unvalued")));
    }

    @Test
    public void howRevenueWasConverted_isListedAndEscaped() throws Exception {
        MarginPageView view = view("Globex", "", null).withConversions("How revenue in other currencies is shown in EUR",
                List.of("USD of 2026-11: at USD/EUR 0.95 of Nov 10, 2026, the last rate before the month's last day, " + PAYLOAD));

        String html = render(view, Locale.ENGLISH);

        assertThat(html, containsString("<h3>How revenue in other currencies is shown in EUR</h3>"));
        assertThat(html, containsString("<li>USD of 2026-11: at USD/EUR 0.95 of Nov 10, 2026"));
        assertThat(html, not(containsString("<script")));
        assertThat(render(view("Globex", "", null), Locale.ENGLISH), not(containsString("ratecard-margin-conversions")));
    }

    @Test
    public void aKeptSnapshot_saysWhenItWasComputedAndLinksToComputingItNow() throws Exception {
        MarginPageView view = view("Globex", "", null).withSnapshot("Figures as of Dec 6, 2026 00:41 UTC: kept for up to 5 minutes.",
                "/plugins/servlet/ratecard/insights/margin?from=2026-01&to=2026-12&by=person&fresh=1");

        String html = render(view, Locale.ENGLISH);

        assertThat(html, containsString("<p class=\"ratecard-muted\" id=\"ratecard-margin-snapshot\">Figures as of Dec 6, 2026 00:41 UTC: kept for"
                + " up to 5 minutes. <a href=\"/plugins/servlet/ratecard/insights/margin?from=2026-01&amp;to=2026-12&amp;by=person&amp;fresh=1\""
                + " id=\"ratecard-margin-fresh\">Compute now</a></p>"));
        assertThat(render(view("Globex", "", null), Locale.ENGLISH), not(containsString("ratecard-margin-snapshot")));
    }

    @Test
    public void thePage_hasNoInlineScript() throws Exception {
        String html = render(view("Globex", "", entries("x")), Locale.ENGLISH);

        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("onclick")));
    }

    @Test
    public void thePage_speaksGerman() throws Exception {
        String html = render(view("Globex", "", null), Locale.GERMAN);

        assertThat(html, containsString("Profitabilit\u00e4t"));
        assertThat(html, containsString("XLSX herunterladen"));
    }

    private static MarginPageView.Entries entries(String text) {
        return new MarginPageView.Entries("Entries (1)", List.of("Issue", "Date"), List.of(new PageRow("7", text, List.of("Nov 2, 2026"), "ok", null)),
                "", "/p?entries=1&offset=50");
    }

    private static MarginPageView view(String label, String project, MarginPageView.Entries entries) {
        MarginPageView.Filters filters = new MarginPageView.Filters("2026-09", "2026-11", project, "",
                List.of(new FieldOption("account", "Client account", true)));
        MarginPageRow row = new MarginPageRow(label, List.of("EUR", "€1,000.00"), true, "down",
                "Down against the average of the three months before", "/p?entries=1&account=GLX");
        return new MarginPageView(filters, List.of("Currency", "Revenue"), List.of(row), List.of(), "Total in EUR: -€100.00", "", "",
                "/rest/ratecard/1.0/insights/margin?format=xlsx", "/rest/ratecard/1.0/insights/margin?format=csv", entries);
    }

    private String render(MarginPageView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/plugins/servlet/ratecard/insights/margin");
        StringWriter out = new StringWriter();
        renderer.render(MarginServlet.TEMPLATE, context, out);
        return out.toString();
    }
}
