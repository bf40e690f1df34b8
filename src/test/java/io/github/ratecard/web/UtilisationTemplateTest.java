package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** The Utilisation page, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class UtilisationTemplateTest {

    private static final String PAYLOAD = "<script>window.pwned=1</script>\"><img src=x onerror=alert(1)>";
    private static final UtilisationView.Filters FILTERS = new UtilisationView.Filters("2026-10", "2026-10",
            List.of(new FieldOption("person", "By person", true)), PAYLOAD, PAYLOAD);
    private static final UtilisationView.Downloads DOWNLOADS = new UtilisationView.Downloads("/x?format=xlsx", "/x?format=csv",
            "ratecard.csv.style.commaPoint", "/x?format=csv&separator=semicolon", "ratecard.csv.style.semicolonComma");

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void page_shouldEscapeNamesFiltersAndLevelsSoNoScriptRuns() throws Exception {
        String html = render(view(List.of(row(PAYLOAD, "UNDER")), List.of(new UtilisationTargetRow(1, PAYLOAD, "85")), true, null), Locale.ENGLISH);

        assertThat(html, not(containsString("<script>window")));
        assertThat(html, not(containsString("<img src=x")));
        assertThat(html, containsString("&lt;script&gt;window.pwned=1&lt;/script&gt;"));
    }

    @Test
    public void rowsUnderAndOverTarget_shouldBeHighlightedAndRowsOnTargetNot() throws Exception {
        String html = render(view(List.of(row("Ana", "UNDER"), row("Ben", "ON"), row("Cleo", "OVER"), row("Dev", "")), List.of(), false, null),
                Locale.ENGLISH);

        assertThat(html, containsString("<tr class=\"ratecard-utilisation-under\" data-state=\"UNDER\">"));
        assertThat(html, containsString("<tr class=\"ratecard-utilisation-over\" data-state=\"OVER\">"));
        assertThat(html, containsString("<tr class=\"\" data-state=\"ON\">"));
        assertEquals(3, count(html, "class=\"aui-lozenge"));
    }

    @Test
    public void finance_shouldGetTargetFieldsAndOthersOnlyTheTargets() throws Exception {
        List<UtilisationTargetRow> targets = List.of(new UtilisationTargetRow(7, "Agent L1", "85"), new UtilisationTargetRow(8, "Agent L2", ""));

        String finance = render(view(List.of(), targets, true, null), Locale.ENGLISH);
        String agent = render(view(List.of(), targets, false, null), Locale.ENGLISH);

        assertThat(finance, containsString("id=\"ratecard-target-7\" name=\"billablePercent\" inputmode=\"decimal\""));
        assertThat(finance, containsString("class=\"aui-button ratecard-target-save\" data-level=\"7\""));
        assertThat(agent, not(containsString("ratecard-target-save")));
        assertThat(agent, containsString("85 %"));
        assertThat(agent, containsString("No target"));
    }

    @Test
    public void refusedFilters_shouldShowTheRefusalAndNoTable() throws Exception {
        String html = render(view(List.of(), List.of(), false, "A period may span at most 24 months " + PAYLOAD), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-utilisation-error\""));
        assertThat(html, not(containsString("id=\"ratecard-utilisation\"")));
        assertThat(html, not(containsString("<script>window")));
    }

    @Test
    public void page_shouldHaveNoInlineScript() throws Exception {
        String html = render(view(List.of(row("Ana", "ON")), List.of(new UtilisationTargetRow(1, "L1", "85")), true, null), Locale.ENGLISH);

        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("onclick")));
    }

    @Test
    public void page_shouldSpeakGerman() throws Exception {
        String html = render(view(List.of(row("Ana", "OVER")), List.of(), false, null), Locale.GERMAN);

        assertThat(html, containsString("Auslastung"));
        assertThat(html, containsString("Abrechenbare Ziele je Stufe"));
    }

    private static UtilisationPageRow row(String label, String state) {
        return new UtilisationPageRow(label, new UtilisationPageRow.Figures("160.00", "148.00", "136.00", "92.5 %", "85.0 %", "85.0 %"), state,
                state.isEmpty() ? "" : state.toLowerCase(Locale.ROOT) + " target");
    }

    private static UtilisationView view(List<UtilisationPageRow> rows, List<UtilisationTargetRow> targets, boolean finance, String error) {
        return new UtilisationView(FILTERS, rows, error == null ? DOWNLOADS : null, targets, finance, "Within 2.5 points " + PAYLOAD, error);
    }

    private static int count(String html, String text) {
        return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private String render(UtilisationView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/plugins/servlet/ratecard/insights/utilisation");
        StringWriter out = new StringWriter();
        renderer.render(UtilisationServlet.TEMPLATE, context, out);
        return out.toString();
    }
}
