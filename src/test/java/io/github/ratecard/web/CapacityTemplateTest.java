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

/** The Capacity page, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class CapacityTemplateTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void page_shouldEscapeNamesReasonsAndHolidays() throws Exception {
        String html = render(view(PAYLOAD), Locale.ENGLISH);

        assertThat(html, not(containsString("<script")));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    public void page_shouldOfferADeleteForEachRowAndTheIcsUpload() throws Exception {
        String html = render(view("Ana"), Locale.ENGLISH);

        assertThat(html, containsString("data-path=\"capacity/hours/7\""));
        assertThat(html, containsString("data-path=\"capacity/holidays/DE/2026-10-03\""));
        assertThat(html, containsString("data-path=\"capacity/absences/4\""));
        assertThat(html, containsString("<input type=\"checkbox\" name=\"workingDays\" value=\"MONDAY\" checked>"));
        assertThat(html, containsString("<input type=\"checkbox\" name=\"workingDays\" value=\"SATURDAY\">"));
        assertThat(html, containsString("accept=\".ics,text/calendar\""));
    }

    @Test
    public void page_shouldSpeakGerman() throws Exception {
        String html = render(view("Ana"), Locale.GERMAN);

        assertThat(html, containsString("Feiertage importieren"));
        assertThat(html, containsString("Stunden je Stufe"));
    }

    private static CapacityView view(String text) {
        CapacityView.Settings settings = new CapacityView.Settings("8", List.of(new FieldOption("MONDAY", "Monday", true),
                new FieldOption("SATURDAY", "Saturday", false)), "DE");
        return new CapacityView("2026", "?year=2025", "?year=2027", settings, List.of(new FieldOption("1", text, false)),
                List.of(new PageRow("hours/7", text, List.of("8", "Nov 1, 2025", "open"), "", null)),
                List.of(new PageRow("hours/8", text, List.of("4", "Nov 1, 2025", "open"), "", null)),
                List.of(new PageRow("agent12", text, List.of("GB"), "", null)),
                List.of(new PageRow("holidays/DE/2026-10-03", "Oct 3, 2026", List.of("DE", text), "", null)),
                List.of(new PageRow("absences/4", text, List.of("Oct 19, 2026", "Oct 23, 2026", "Full day", text), "", null)));
    }

    private String render(CapacityView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/plugins/servlet/ratecard/capacity");
        StringWriter out = new StringWriter();
        renderer.render(CapacityServlet.TEMPLATE, context, out);
        return out.toString();
    }
}
