package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class MarginRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        rest.logWork("ACME-7", "agent05", "2026-11-02T09:00:00Z", 3600);
        rest.logWork("ACME-7", "agent38", "2026-11-03T09:00:00Z", 1800);
        rest.logWork("ACME-8", "agent05", "2026-11-04T09:00:00Z", 7 * 60);
        rest.logWork("ACME-8", "agent05", "2026-11-05T09:00:00Z", 7 * 60);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void report_byAccount_givesEachAccountsRevenueAndMarginInTheBaseCurrency() throws Exception {
        JsonNode report = finance.get("insights/margin?from=2026-11&to=2026-11&by=account").json();

        assertEquals("account", report.get("by").asText());
        assertEquals("EUR", report.get("baseCurrency").asText());
        JsonNode acme = row(report, "ACME");
        assertEquals("EUR", acme.get("currency").asText());
        assertEquals("EUR", acme.get("labourCost").get("currency").asText());
        assertEquals(acme.get("revenue").get("amount").asText(), acme.get("revenueBase").get("amount").asText());
        assertEquals(acme.get("revenue").get("amount").asText(), acme.get("uninvoiced").get("amount").asText());
        java.math.BigDecimal rows = java.math.BigDecimal.ZERO;
        for (JsonNode row : report.get("rows")) {
            rows = rows.add(new java.math.BigDecimal(row.get("grossMarginBase").get("amount").asText()));
        }
        assertEquals(0, new java.math.BigDecimal(report.get("totals").get("base").get("grossMargin").get("amount").asText()).compareTo(rows));
    }

    @Test
    public void report_byAccount_givesARetainersFeeOfAMonthWithoutWorkAsUninvoicedRevenueAndSaysHowItConverted() throws Exception {
        JsonNode report = finance.get("insights/margin?from=2026-11&to=2026-11&by=account").json();

        JsonNode globex = row(report, "GLOBEX");
        assertEquals("USD", globex.get("currency").asText());
        assertEquals(globex.get("revenue").get("amount").asText(), globex.get("uninvoiced").get("amount").asText());
        assertTrue(new java.math.BigDecimal(globex.get("revenue").get("amount").asText()).signum() > 0);
        JsonNode conversion = report.get("conversions").get(0);
        assertEquals("USD", conversion.get("currency").asText());
        assertEquals("2026-11", conversion.get("month").asText());
    }

    @Test
    public void report_countsWhatABillableExpenseBillsAsRevenueAndItsAmountAsExpenses() throws Exception {
        finance.post("expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"date\":\"2029-03-10\",\"category\":\"TRAVEL\","
                + "\"amount\":\"90\",\"billable\":true,\"markupPercent\":\"10\"}");

        JsonNode acme = row(finance.get("insights/margin?from=2029-03&to=2029-03&by=project").json(), "ACME");

        assertEquals("99.00", acme.get("revenue").get("amount").asText());
        assertEquals("90.00", acme.get("expenses").get("amount").asText());
    }

    @Test
    public void financesReportByPerson_isAnsweredFromItsSnapshotUntilAskedFresh() throws Exception {
        String byPerson = "insights/margin?from=2026-11&to=2026-11&by=person";
        JsonNode computed = finance.get(byPerson + "&fresh=true").json();
        rest.logWork("ACME-7", "agent38", "2026-11-06T09:00:00Z", 3600);

        JsonNode kept = finance.get(byPerson).json();
        JsonNode fresh = finance.get(byPerson + "&fresh=true").json();

        assertFalse(computed.get("snapshot").asBoolean());
        assertTrue(kept.get("snapshot").asBoolean());
        assertEquals(computed.get("computedAt").asText(), kept.get("computedAt").asText());
        assertEquals(row(computed, "agent38").get("workedSeconds").asLong(), row(kept, "agent38").get("workedSeconds").asLong());
        assertFalse(fresh.get("snapshot").asBoolean());
        assertEquals(row(kept, "agent38").get("workedSeconds").asLong() + 3600, row(fresh, "agent38").get("workedSeconds").asLong());
    }

    @Test
    public void reportByAccount_isComputedForEachRequest() throws Exception {
        finance.get("insights/margin?from=2026-11&to=2026-11&by=account");

        JsonNode again = finance.get("insights/margin?from=2026-11&to=2026-11&by=account").json();

        assertFalse(again.get("snapshot").asBoolean());
        assertFalse(again.get("computedAt").asText().isEmpty());
    }

    @Test
    public void report_refusesAPeriodOfMoreThan24Months() throws Exception {
        RestFixture.Reply reply = finance.get("insights/margin?from=2025-01&to=2027-01&by=account");

        assertEquals(400, reply.status());
        assertEquals("to", reply.field());
    }

    @Test
    public void report_byEpicNeedsAProject() throws Exception {
        RestFixture.Reply reply = finance.get("insights/margin?from=2026-05&to=2026-10&by=epic");

        assertEquals(400, reply.status());
        assertEquals("project", reply.field());
    }

    @Test
    public void report_byEpicOfAProject_hasRowsPerEpic() throws Exception {
        JsonNode report = finance.get("insights/margin?from=2026-11&to=2026-11&by=epic&project=ACME").json();

        assertFalse(report.get("rows").isEmpty());
    }

    @Test
    public void report_refusesAnUnknownGrouping() throws Exception {
        assertEquals("by", finance.get("insights/margin?from=2026-05&to=2026-10&by=team").field());
    }

    @Test
    public void report_ofAProjectTheViewerMayNotKnow_isUnknown() throws Exception {
        assertEquals(404, rest.as("guest").get("insights/margin?from=2026-05&to=2026-10&project=ACME").status());
    }

    @Test
    public void report_asAnAgent_isRefused() throws Exception {
        assertEquals(403, rest.as("agent01").get("insights/margin?from=2026-11&to=2026-11").status());
    }

    @Test
    public void report_asCsv_isADownloadWithAHeaderLine() throws Exception {
        RestFixture.Reply reply = finance.get("insights/margin?from=2026-11&to=2026-11&by=project&format=csv");

        assertEquals(200, reply.status());
        assertTrue(reply.body(), reply.body().startsWith("Row,Currency,Revenue,Revenue (EUR),"));
    }

    @Test
    public void entries_ofAProjectsMonth_areAPageNewestFirst() throws Exception {
        JsonNode page = finance.get("insights/margin/entries?from=2026-11&to=2026-11&project=ACME&limit=3").json();

        assertTrue(page.get("total").asLong() > 3);
        assertEquals(3, page.get("entries").size());
        String first = page.get("entries").get(0).get("workDate").asText();
        String last = page.get("entries").get(2).get("workDate").asText();
        assertTrue(first.compareTo(last) >= 0);
        assertTrue(first.startsWith("2026-11"));
    }

    @Test
    public void entries_withoutAProjectAccountOrPerson_areRefused() throws Exception {
        assertEquals(400, finance.get("insights/margin/entries?from=2026-10&to=2026-10").status());
    }

    @Test
    public void entries_refuseAPageOfMoreThan200() throws Exception {
        assertEquals("limit", finance.get("insights/margin/entries?from=2026-10&to=2026-10&project=ACME&limit=201").field());
    }

    private static JsonNode row(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("No row " + key + " in " + report);
    }
}
