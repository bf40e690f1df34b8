package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Budgets, expenses and overhead over HTTP: what a budget's status counts (its issues' priced
 * work, expenses, overhead), the forecast from estimates, the burn, and the refusals that change
 * nothing. Each test works on issues of its own, so the figures are exact.
 */
public class BudgetRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller lead;
    private static RestFixture.Caller finance;
    /** agent05's cost rate on ACME in November 2026, EUR per hour. */
    private static BigDecimal costRate;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        lead = rest.as("lead");
        finance = rest.as("finance");
        costRate = new BigDecimal(finance.get("rates/resolve?user=agent05&project=ACME&date=2026-11-02").json()
                .get("cost").get("amount").asText());
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void issueBudget_shouldCountTheWorkOfItsTreeAndItsExpenses() throws Exception {
        String epic = issue("ACME", null, 0);
        String story = issue("ACME", epic, 0);
        rest.logWork(epic, "agent05", "2026-11-02T09:00:00Z", 3600);
        rest.logWork(story, "agent05", "2026-11-03T09:00:00Z", 2 * 3600);
        expense(story, "2026-11-04", "MATERIALS", "100.00");
        long budget = budget(epic, "COST", "1000", null, "2026-11-01", "2026-11-30");

        JsonNode status = lead.get("budgets/" + budget + "/status?asOf=2026-11-15").json();

        BigDecimal labour = euros(costRate.multiply(BigDecimal.valueOf(3)));
        assertEquals(labour.add(new BigDecimal("100.00")), amount(status.get("money").get("actual")));
        assertEquals(labour, amount(status.get("breakdown").get("labour")));
        assertEquals(new BigDecimal("100.00"), amount(status.get("breakdown").get("expenses").get("MATERIALS")));
        assertEquals(new BigDecimal("1000.00").subtract(labour).subtract(new BigDecimal("100.00")),
                amount(status.get("money").get("remaining")));
    }

    @Test
    public void hoursBudget_shouldBeOverWithEveryThresholdCrossed() throws Exception {
        String issue = issue("ACME", null, 0);
        rest.logWork(issue, "agent05", "2026-11-02T09:00:00Z", 3 * 3600);
        long budget = budget(issue, "COST", null, 2L, "2026-11-01", "2026-11-30");

        JsonNode status = lead.get("budgets/" + budget + "/status?asOf=2026-11-15").json();

        assertTrue(status.get("money").isNull());
        assertEquals(3 * 3600, status.get("hours").get("actualSeconds").asLong());
        assertTrue(status.get("hours").get("over").asBoolean());
        assertEquals("[80,100]", status.get("crossedThresholds").toString());
    }

    @Test
    public void bottomUpForecast_shouldPriceTheRemainingEstimateAtTheAssigneesRate() throws Exception {
        String epic = issue("ACME", null, 0);
        issue("ACME", epic, 4 * 3600);
        long budget = budget(epic, "COST", "5000", null, "2026-11-01", "2026-12-31");

        JsonNode bottomUp = lead.get("budgets/" + budget + "/status?asOf=2026-11-15").json().get("bottomUp");

        assertEquals(euros(costRate.multiply(BigDecimal.valueOf(4))), amount(bottomUp.get("remainingWork")));
        assertEquals(4 * 3600, bottomUp.get("pricedSeconds").asLong());
        assertEquals(0, bottomUp.get("unpricedSeconds").asLong());
    }

    @Test
    public void projectOverhead_shouldLoadTheLabourCost() throws Exception {
        assertEquals(201, finance.post("settings/overhead", "{\"projectKey\":\"ACMEDEV\",\"from\":\"2026-01-01\",\"percent\":\"10\"}").status());
        String issue = issue("ACMEDEV", null, 0);
        rest.logWork(issue, "agent05", "2026-11-02T09:00:00Z", 3600);
        long budget = budget(issue, "COST", "1000", null, "2026-11-01", "2026-11-30");

        JsonNode breakdown = lead.get("budgets/" + budget + "/status?asOf=2026-11-15").json().get("breakdown");

        BigDecimal labour = amount(breakdown.get("labour"));
        assertEquals(labour.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP), amount(breakdown.get("overhead")));
        assertEquals(labour.add(amount(breakdown.get("overhead"))), amount(breakdown.get("total")));
    }

    @Test
    public void burn_shouldAddUpToTheActualSpending() throws Exception {
        String issue = issue("ACME", null, 0);
        rest.logWork(issue, "agent05", "2026-11-02T09:00:00Z", 3600);
        rest.logWork(issue, "agent05", "2026-11-10T09:00:00Z", 3600);
        long budget = budget(issue, "COST", "1000", null, "2026-11-01", "2026-11-30");

        JsonNode burn = lead.get("budgets/" + budget + "/burn?granularity=week&asOf=2026-11-15").json();

        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal lastCumulative = null;
        for (JsonNode point : burn.get("points")) {
            if (!point.get("spent").isNull()) {
                spent = spent.add(amount(point.get("spent")));
                lastCumulative = amount(point.get("cumulative"));
            }
        }
        assertEquals(euros(costRate.multiply(BigDecimal.valueOf(2))), spent);
        assertEquals(spent, lastCumulative);
    }

    @Test
    public void overlappingBudgetOfTheSameKind_shouldBeAConflictThatChangesNothing() throws Exception {
        String issue = issue("ACME", null, 0);
        budget(issue, "COST", "1000", null, "2026-11-01", "2026-11-30");

        RestFixture.Reply clash = lead.post("budgets", budgetJson(issue, "COST", "2000", null, "2026-11-15", "2026-12-15"));

        assertEquals(409, clash.status());
        assertEquals(1, lead.get("budgets?scopeKind=ISSUE&scopeKey=" + issue).json().size());
    }

    @Test
    public void badBudgetValues_shouldNameTheFieldAndChangeNothing() throws Exception {
        String issue = issue("ACME", null, 0);

        assertEquals("amount", lead.post("budgets", budgetJson(issue, "COST", "10.005", null, "2026-11-01", "2026-11-30")).field());
        assertEquals("to", lead.post("budgets", budgetJson(issue, "COST", "10", null, "2026-11-30", "2026-11-01")).field());
        assertEquals("currency", lead.post("budgets", budgetJson(issue, "COST", "10", null, "2026-11-01", "2026-11-30")
                .replace("}", ",\"currency\":\"USD\"}")).field());
        assertEquals("thresholds", lead.post("budgets", budgetJson(issue, "COST", "10", null, "2026-11-01", "2026-11-30")
                .replace("}", ",\"thresholds\":[0]}")).field());
        assertEquals(400, lead.post("budgets", budgetJson(issue, "COST", "10", null, "2026-11-01", "2026-11-30")
                .replace("}", ",\"colour\":\"red\"}")).status());
        assertEquals(0, lead.get("budgets?scopeKind=ISSUE&scopeKey=" + issue).json().size());
    }

    @Test
    public void billingBudgetOfAProject_shouldBeKeptInItsDefaultAccountsCurrency() throws Exception {
        RestFixture.Reply created = lead.post("budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"GLX\",\"measure\":\"BILLABLE\","
                + "\"amount\":\"25000\",\"from\":\"2027-01-01\",\"to\":\"2027-12-31\",\"period\":\"QUARTER\"}");

        assertEquals(201, created.status());
        assertEquals("USD", created.json().get("amount").get("currency").asText());
        assertEquals("QUARTER", created.json().get("period").asText());
    }

    @Test
    public void phasedBudget_shouldKeepItsMonthsAndPlanAlongThem() throws Exception {
        String issue = issue("ACME", null, 0);
        RestFixture.Reply created = lead.post("budgets", budgetJson(issue, "COST", "4030", null, "2027-01-01", "2027-03-31")
                .replace("}", ",\"periodAmounts\":[{\"from\":\"2027-01-01\",\"amount\":\"3100\"},{\"from\":\"2027-02-01\",\"amount\":\"0\"},"
                        + "{\"from\":\"2027-03-01\",\"amount\":\"930\"}]}"));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();

        JsonNode read = lead.get("budgets/" + id).json();
        JsonNode status = lead.get("budgets/" + id + "/status?asOf=2027-02-20").json();

        assertEquals(3, read.get("periodAmounts").size());
        assertEquals("930.00", read.get("periodAmounts").get(2).get("amount").get("amount").asText());
        assertEquals(new BigDecimal("3100.00"), amount(status.get("money").get("planned")));
    }

    @Test
    public void monthWithItsOwnAmount_shouldBeMeasuredAgainstIt() throws Exception {
        String issue = issue("ACME", null, 0);
        RestFixture.Reply created = lead.post("budgets", budgetJson(issue, "COST", "1000", null, "2027-01-01", "2027-12-31")
                .replace("}", ",\"period\":\"MONTH\",\"periodAmounts\":[{\"from\":\"2027-12-01\",\"amount\":\"250\"}]}"));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();

        assertEquals(new BigDecimal("250.00"), amount(lead.get("budgets/" + id + "/status?asOf=2027-12-10").json().get("money").get("budget")));
        assertEquals(new BigDecimal("1000.00"), amount(lead.get("budgets/" + id + "/status?asOf=2027-11-10").json().get("money").get("budget")));
    }

    @Test
    public void amountsPerPeriodThatDoNotFit_shouldBeRefusedAndChangeNothing() throws Exception {
        String issue = issue("ACME", null, 0);
        String phased = budgetJson(issue, "COST", "1000", null, "2027-01-01", "2027-03-31");

        RestFixture.Reply notAddingUp = lead.post("budgets", phased.replace("}", ",\"periodAmounts\":[{\"from\":\"2027-01-01\",\"amount\":\"900\"}]}"));
        RestFixture.Reply notAQuarter = lead.post("budgets", phased.replace("}", ",\"period\":\"QUARTER\",\"periodAmounts\":"
                + "[{\"from\":\"2027-02-01\",\"amount\":\"900\"}]}"));
        RestFixture.Reply twice = lead.post("budgets", phased.replace("}", ",\"period\":\"MONTH\",\"periodAmounts\":"
                + "[{\"from\":\"2027-02-01\",\"amount\":\"900\"},{\"from\":\"2027-02-01\",\"amount\":\"800\"}]}"));

        assertEquals(400, notAddingUp.status());
        assertEquals("periodAmounts", notAddingUp.field());
        assertEquals("periodAmounts", notAQuarter.field());
        assertEquals("periodAmounts", twice.field());
        assertEquals(0, lead.get("budgets?scopeKind=ISSUE&scopeKey=" + issue).json().size());
    }

    @Test
    public void yearlyBudget_shouldFollowTheFiscalYearFinanceSets() throws Exception {
        String issue = issue("ACME", null, 0);
        long budget = created(lead.post("budgets", budgetJson(issue, "COST", "12000", null, "2026-01-01", "2027-12-31")
                .replace("}", ",\"period\":\"YEAR\"}")));
        try {
            assertEquals("APRIL", finance.put("settings", "{\"fiscalYearStart\":\"april\"}").json().get("fiscalYearStart").asText());

            JsonNode money = lead.get("budgets/" + budget + "/status?asOf=2026-11-15").json().get("money");

            assertEquals("2026-04-01", money.get("periodFrom").asText());
            assertEquals("2027-03-31", money.get("periodTo").asText());
        } finally {
            assertEquals(200, finance.put("settings", "{\"fiscalYearStart\":\"1\"}").status());
        }
    }

    @Test
    public void fiscalYearChangeRefused_shouldLeaveTheOtherSettingsOfTheRequestUnchanged() throws Exception {
        String issue = issue("ACME", null, 0);
        long quarterly = created(lead.post("budgets", budgetJson(issue, "COST", "3000", null, "2027-01-01", "2027-12-31")
                .replace("}", ",\"period\":\"QUARTER\",\"periodAmounts\":[{\"from\":\"2027-10-01\",\"amount\":\"5000\"}]}")));
        String zone = finance.get("settings").json().get("reportingZone").asText();
        try {
            RestFixture.Reply refused = finance.put("settings", "{\"reportingZone\":\"Asia/Tokyo\",\"fiscalYearStart\":\"JULY\"}");

            assertEquals(409, refused.status());
            assertEquals("fiscalYearStart", refused.field());
            assertEquals(zone, finance.get("settings").json().get("reportingZone").asText());
        } finally {
            assertEquals(204, lead.delete("budgets/" + quarterly).status());
        }
    }

    @Test
    public void fiscalYearThatIsNoMonth_shouldBeRefusedAndChangeNothing() throws Exception {
        assertEquals("fiscalYearStart", finance.put("settings", "{\"fiscalYearStart\":\"13\",\"reportingZone\":\"Asia/Tokyo\"}").field());
        assertEquals(403, lead.put("settings", "{\"fiscalYearStart\":\"APRIL\"}").status());

        JsonNode settings = finance.get("settings").json();
        assertEquals("JANUARY", settings.get("fiscalYearStart").asText());
        assertTrue(!settings.get("reportingZone").asText().equals("Asia/Tokyo"));
    }

    @Test
    public void deletedBudget_shouldBeGone() throws Exception {
        String issue = issue("ACME", null, 0);
        long budget = budget(issue, "COST", "1000", null, "2026-11-01", "2026-11-30");

        assertEquals(204, lead.delete("budgets/" + budget).status());

        assertEquals(404, lead.get("budgets/" + budget).status());
    }

    @Test
    public void expense_shouldBeChangedAndDeleted() throws Exception {
        String issue = issue("ACME", null, 0);
        long id = expense(issue, "2026-11-04", "TRAVEL", "80");

        JsonNode changed = lead.put("expenses/" + id, "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"date\":\"2026-11-05\","
                + "\"category\":\"TRAVEL\",\"amount\":\"90\",\"billable\":true,\"markupPercent\":\"10\",\"description\":\"Train\"}").json();

        assertEquals("99.00", changed.get("billed").get("amount").asText());
        assertEquals(204, lead.delete("expenses/" + id).status());
        assertEquals(0, lead.get("expenses?scopeKind=ISSUE&scopeKey=" + issue).json().size());
    }

    @Test
    public void markupOnANonBillableExpense_shouldBeRefused() throws Exception {
        String issue = issue("ACME", null, 0);

        RestFixture.Reply reply = lead.post("expenses", "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"date\":\"2026-11-05\","
                + "\"category\":\"TRAVEL\",\"amount\":\"90\",\"markupPercent\":\"10\"}");

        assertEquals("markupPercent", reply.field());
    }

    private static String issue(String project, String parent, long estimateSeconds) throws Exception {
        RestFixture.Reply created = lead.raw("POST", "/sandbox/api/issues", "{\"project\":\"" + project + "\",\"summary\":\"Budget test\","
                + "\"assignee\":\"agent05\"" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"")
                + ",\"estimateSeconds\":" + estimateSeconds + "}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("key").asText();
    }

    private static long budget(String issue, String measure, String amount, Long hours, String from, String to) throws Exception {
        RestFixture.Reply created = lead.post("budgets", budgetJson(issue, measure, amount, hours, from, to));
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static long created(RestFixture.Reply reply) {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static String budgetJson(String issue, String measure, String amount, Long hours, String from, String to) {
        return "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"measure\":\"" + measure + "\""
                + (amount == null ? "" : ",\"amount\":\"" + amount + "\"") + (hours == null ? "" : ",\"hours\":" + hours)
                + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    private static long expense(String issue, String date, String category, String amount) throws Exception {
        RestFixture.Reply created = lead.post("expenses", "{\"scopeKind\":\"ISSUE\",\"scopeKey\":\"" + issue + "\",\"date\":\"" + date
                + "\",\"category\":\"" + category + "\",\"amount\":\"" + amount + "\"}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static BigDecimal amount(JsonNode amount) {
        return new BigDecimal(amount.get("amount").asText()).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal euros(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
