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

/** The Contracts page, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class ContractsTemplateTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void page_shouldEscapeAccountNamesReasonsAndLabels() throws Exception {
        String html = render(view(PAYLOAD), Locale.ENGLISH);

        assertThat(html, not(containsString("<script")));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    public void page_shouldShowTheLedgerTheCapTheScheduleAndTheForms() throws Exception {
        String html = render(view("Goodwill"), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-contract-balance\""));
        assertThat(html, containsString("<td class=\"ratecard-money\">11.5</td>"));
        assertThat(html, containsString("id=\"ratecard-contract-cap\""));
        assertThat(html, containsString("id=\"ratecard-contract-schedule\""));
        assertThat(html, containsString("data-path=\"contracts/GLOBEX/terms\""));
        assertThat(html, containsString("data-path=\"contracts/GLOBEX/adjustments\""));
    }

    @Test
    public void alerts_shouldShowTheThresholdsFormAndTheCrossingsEscaped() throws Exception {
        String html = render(view("Goodwill").withThresholds("80, 100", PAYLOAD, List.of(new PageRow("k", "2026-06", List.of("Retainer balance",
                "80 %", "83.5 %", "Jun 20, 2026"), "", null))), Locale.ENGLISH);

        assertThat(html, containsString("data-method=\"PUT\" data-path=\"contracts/GLOBEX/thresholds\""));
        assertThat(html, containsString("name=\"retainer\" size=\"12\" placeholder=\"80, 100\" value=\"80, 100\""));
        assertThat(html, containsString("id=\"ratecard-contract-crossings\""));
        assertThat(html, not(containsString("<script")));
    }

    @Test
    public void page_withoutContract_shouldSayItBillsTimeAndMaterials() throws Exception {
        ContractsView none = new ContractsView("ACME", "Acme", List.of(new FieldOption("ACME", "ACME – Acme", true)), List.of(), List.of(),
                List.of(), List.of(), List.of());

        String html = render(none, Locale.ENGLISH);

        assertThat(html, containsString("it bills time and materials"));
        assertThat(html, not(containsString("id=\"ratecard-contract-balance\"")));
    }

    @Test
    public void page_shouldSpeakGerman() throws Exception {
        String html = render(view("Kulanz"), Locale.GERMAN);

        assertThat(html, containsString("Verträge"));
        assertThat(html, containsString("Retainer-Guthaben (Stunden)"));
        assertThat(html, containsString("Abgeschrieben"));
    }

    private static ContractsView view(String text) {
        return new ContractsView("GLOBEX", text, List.of(new FieldOption("GLOBEX", text, true)),
                List.of(new PageRow("2026-05", "2026-05", List.of("open", "Retainer", text), "", null)),
                List.of(new PageRow("2026-06", "2026-06", List.of("$60,000.00", "80", "1,000", "20", "1,150", "11.5", "$747.50", "0", "0", "0"),
                        "warning", null)),
                List.of(new PageRow("2026-06", "2026-06", List.of("$1.00", "$2.00", "$1.00", "$1.00", "$0.00"), "over", null)),
                List.of(new PageRow(text, text, List.of("€1.00", "Jun 30, 2026", "Jun 30, 2026", "due"), "ok", null)),
                List.of(new PageRow("1", "2026-06", List.of("20", text, "finance", "Jul 1, 2026"), "", null)));
    }

    private String render(ContractsView view, Locale locale) throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(new BundleI18n(() -> locale)));
        context.put("view", view);
        context.put("pageUrl", "/plugins/servlet/ratecard/contracts");
        StringWriter out = new StringWriter();
        renderer.render(ContractsServlet.TEMPLATE, context, out);
        return out.toString();
    }
}
