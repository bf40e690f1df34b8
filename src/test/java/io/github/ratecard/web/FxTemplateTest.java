package io.github.ratecard.web;

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

/** The Exchange rates page, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class FxTemplateTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void page_shouldEscapeSourcesAndTheFilter() throws Exception {
        String html = render(new FxView(PAYLOAD, List.of(row(PAYLOAD)), "", "", ""), Locale.ENGLISH);

        assertThat(html, not(containsString("<script")));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    public void page_shouldOfferEditDeleteAndBothImportLayouts() throws Exception {
        String html = render(new FxView("", List.of(row("ECB")), "1\u20131 of 1", "", "?offset=100"), Locale.ENGLISH);

        assertThat(html, containsString("data-path=\"fx/rates/EUR/USD/2026-11-30\""));
        assertThat(html, containsString("data-rate=\"1.0825\""));
        assertThat(html, containsString("class=\"aui-button aui-button-link ratecard-fx-edit\""));
        assertThat(html, containsString("<option value=\"ecb\">"));
        assertThat(html, containsString("href=\"/plugins/servlet/ratecard/fx?offset=100\""));
        assertThat(html, not(containsString("ratecard-fx-previous")));
    }

    @Test
    public void emptyTable_shouldSaySo() throws Exception {
        String html = render(new FxView("", List.of(), "", "", ""), Locale.ENGLISH);

        assertThat(html, containsString("No exchange rates yet."));
    }

    @Test
    public void page_shouldSpeakGerman() throws Exception {
        String html = render(new FxView("", List.of(row("EZB")), "", "", ""), Locale.GERMAN);

        assertThat(html, containsString("Wechselkurse"));
        assertThat(html, containsString("CSV-Datei importieren"));
        assertThat(html, containsString("Nichts wurde importiert. Diese Zeilen sind fehlerhaft:"));
    }

    private static FxRow row(String source) {
        return new FxRow("EUR", "USD", "2026-11-30", "Nov 30, 2026", "1.0825", source);
    }

    private String render(FxView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/plugins/servlet/ratecard/fx");
        StringWriter out = new StringWriter();
        renderer.render(FxServlet.TEMPLATE, context, out);
        return out.toString();
    }
}
