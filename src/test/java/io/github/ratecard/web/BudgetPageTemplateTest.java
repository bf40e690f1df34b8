package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.budget.EarnedValue;
import io.github.ratecard.budget.ForecastChoice;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The Budget page template and its burn chart, rendered by a real Velocity engine with the host's escaping and allowlist. */
public class BudgetPageTemplateTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    public void page_shouldShowTilesChartTablesAndEditorsForAManager() throws Exception {
        String html = render(view("Acme support desk", "Ana Okafor", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-tile-actual\""));
        assertThat(html, containsString("ratecard-state-warning"));
        assertThat(html, containsString("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertThat(html, containsString("id=\"ratecard-budget-by-user\""));
        assertThat(html, containsString("id=\"ratecard-budget-form\""));
        assertThat(html, containsString("ratecard-expense-delete"));
    }

    @Test
    public void page_shouldHideTheEditorsFromThoseWhoOnlyRead() throws Exception {
        String html = render(view("Acme support desk", "Ana", "Headsets", false), Locale.ENGLISH);

        assertThat(html, not(containsString("id=\"ratecard-budget-form\"")));
        assertThat(html, not(containsString("ratecard-expense-delete")));
        assertThat(html, not(containsString("id=\"ratecard-budget-delete\"")));
    }

    @Test
    public void figureTables_shouldAlignEveryColumnButTheFirstAsMoney() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("<th>Name</th>"));
        assertThat(html, containsString("<th class=\"ratecard-money\">Amount</th>"));
    }

    @Test
    public void expensesTable_shouldHeadEveryColumnAfterTheDate() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("<th>Date</th>\n            <th>Description</th>"));
    }

    @Test
    public void accountList_shouldLinkEveryAccountsBudgetsAndMuteClosedOnes() throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(BudgetPagesServlet.ACCOUNTS_TEMPLATE, Map.of("i18n", new PageText(new BundleI18n(() -> Locale.ENGLISH)),
                "pageUrl", "/plugins/servlet/ratecard/budgets", "accounts", List.of(
                        new PageRow("ACME", "Acme", List.of("EUR", "Open"), "", null),
                        new PageRow("OLD", "Old client", List.of("USD", "Closed"), "closed", null))), out);

        assertThat(out.toString(), containsString("<tr>\n            <td><a href=\"/plugins/servlet/ratecard/budgets?account=ACME\">Acme (ACME)</a></td>"));
        assertThat(out.toString(), containsString("<tr class=\"ratecard-muted\">\n            <td><a href=\"/plugins/servlet/ratecard/budgets?account=OLD\">"));
    }

    @Test
    public void page_shouldSpeakGerman() throws Exception {
        assertThat(render(view("Acme", "Ana", "Headsets", true), Locale.GERMAN), containsString("Neues Budget"));
    }

    @Test
    public void page_shouldEscapeEveryStringPeopleControl() throws Exception {
        for (String payload : CostPanelTemplateTest.PAYLOADS) {
            String html = render(view(payload, payload, payload, true), Locale.ENGLISH);

            assertThat(html, not(containsString("<script>")));
            assertThat(html, not(containsString("<img")));
            assertThat(html, not(containsString("<svg onload")));
            assertThat(html, not(containsString("</textarea>")));
            assertThat(html, not(containsString("' onmouseover='")));
        }
    }

    @Test
    public void chart_shouldEscapeItsWords() throws Exception {
        String payload = CostPanelTemplateTest.PAYLOADS.get(0);
        I18nResolver english = new BundleI18n(() -> Locale.ENGLISH);
        I18nResolver words = key -> key.startsWith("ratecard.budget.chart.") ? payload : english.getText(key);

        String html = render(view("Acme", "Ana", "Headsets", true), new PageText(words));

        assertThat(html, not(containsString("<script>")));
        assertThat(html, containsString("<title id=\"ratecard-burn-title\">&lt;script&gt;"));
    }

    @Test
    public void chart_shouldDrawEachSeriesWithItsAmountsInMinorUnitsTheActualEndingOnTheStatusDay() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        // Nov 1–15 over 608 px from x = 96: Nov 8 ends at 420.3, the status day Nov 10 at 501.3 (not the bucket's end, 704.0)
        assertThat(html, containsString("<polyline id=\"ratecard-burn-actual\" class=\"ratecard-burn-actual\" fill=\"none\" "
                + "points=\"96.0,228.0 420.3,171.5 501.3,107.9\" data-amounts=\"40000 85000\"><title>Actual</title></polyline>"));
    }

    @Test
    public void chartPoints_shouldBeFocusableAndSayTheirValue() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("<circle class=\"ratecard-burn-point\" cx=\"501.3\" cy=\"107.9\" r=\"4\" tabindex=\"0\" role=\"img\" "
                + "aria-label=\"Actual, Nov 10, 2026: €850.00\" data-label=\"Actual, Nov 10, 2026: €850.00\"><title>Actual, Nov 10, 2026: €850.00</title></circle>"));
        assertThat(html, containsString("id=\"ratecard-burn-tip\""));
    }

    @Test
    public void chartAxis_shouldStepInRoundAmounts() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("text-anchor=\"end\">€500</text>"));
        assertThat(html, containsString("text-anchor=\"end\">€1,500</text>"));
    }

    @Test
    public void verdict_shouldLeadThePageWithItsAlternativesBelow() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("id=\"ratecard-verdict-headline\"><span class=\"aui-lozenge aui-lozenge-removed\">Over budget</span> "
                + "Forecast €11,000 — 10 % over budget"));
        assertThat(html, containsString("<li data-forecast=\"earned-value\" class=\"ratecard-state-over\"><strong>Earned-value forecast (budget ÷ CPI):</strong>"));
    }

    @Test
    public void chart_shouldNameTheHundredPercentLineAfterTheBudget() throws Exception {
        String html = render(view("Acme", "Ana", "Headsets", true), Locale.ENGLISH);

        assertThat(html, containsString("data-threshold=\"80\""));
        assertThat(html, containsString("text-anchor=\"end\">80 %</text>"));
        assertThat(html, containsString("text-anchor=\"end\">Budget</text>"));
    }

    private static BudgetPageView view(String title, String person, String expense, boolean canManage) {
        BurnChart chart = BurnChart.of(points(), Money.parse("1000", "EUR"), List.of(80, 100), LocalDate.parse("2026-11-10"),
                new ViewerFormat(new BundleI18n(() -> Locale.ENGLISH), Locale.ENGLISH));
        List<PageRow> tiles = List.of(new PageRow("ratecard-tile-actual", "Actual", List.of("€850.00"), "warning", "85 % of the budget"));
        PageTable byUser = new PageTable("ratecard-budget-by-user", "ratecard.budget.byUser", List.of("ratecard.budget.col.name",
                "ratecard.budget.col.amount"), List.of(new PageRow("ana", person, List.of("€850.00"), "", person)));
        BudgetFiguresView figures = new BudgetFiguresView(7, title, "Nov 1, 2026 – Nov 30, 2026", "Nov 10, 2026", "Reached 80 % " + title, verdict(), tiles,
                chart, List.of(byUser), List.of(title));
        PageTable expenses = new PageTable("ratecard-budget-expenses", "ratecard.budget.expenses", List.of("ratecard.budget.col.date",
                "ratecard.budget.col.description"), List.of(new PageRow("3", "Nov 4, 2026", List.of(expense), "", null)));
        return new BudgetPageView("PROJECT", "ACME", title, canManage, List.of(new PageRow("7", title, List.of(), "selected", null)), figures,
                expenses);
    }

    /** €10,000 budget, €8,500 spent by Nov 10; the run rate says €11,000, earned value €12,143. */
    private static BudgetVerdict verdict() {
        BudgetStatus status = new BudgetStatus(new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")), LocalDate.parse("2026-11-10"),
                Money.parse("10000", "EUR"), Money.parse("8500", "EUR"), new BigDecimal("85.0"), Money.parse("1500", "EUR"), Money.parse("3333.33", "EUR"),
                Money.parse("125", "EUR"), Money.parse("11000", "EUR"), Money.parse("-1000", "EUR"), Optional.of(LocalDate.parse("2026-11-22")), List.of(80));
        EarnedValue earned = new EarnedValue(new BigDecimal("0.7000"), Money.parse("7000", "EUR"), Optional.of(new BigDecimal("0.82")), Optional.empty());
        return BudgetVerdict.of(ForecastChoice.of(status, LocalDate.parse("2026-11-30"), Optional.empty(), Optional.of(earned)), status, 14,
                new ViewerFormat(new BundleI18n(() -> Locale.ENGLISH), Locale.ENGLISH));
    }

    private static List<BurnPoint> points() {
        Money zero = Money.zero(java.util.Currency.getInstance("EUR"));
        return List.of(
                new BurnPoint(new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-08")), zero.plus(Money.parse("400", "EUR")),
                        Money.parse("400", "EUR"), Money.parse("266.67", "EUR"), null, true),
                new BurnPoint(new DateRange(LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-15")), Money.parse("450", "EUR"),
                        Money.parse("850", "EUR"), Money.parse("500", "EUR"), Money.parse("1100", "EUR"), true));
    }

    private String render(BudgetPageView view, Locale locale) throws Exception {
        return render(view, new PageText(new BundleI18n(() -> locale)));
    }

    private String render(BudgetPageView view, PageText words) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(BudgetPagesServlet.TEMPLATE, Map.of("i18n", words, "view", view,
                "restBase", "/rest/ratecard/1.0", "pageUrl", "/plugins/servlet/ratecard/budgets"), out);
        return out.toString();
    }
}
