package io.github.ratecard.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code /insights/utilisation} and its page over HTTP on the sandbox: November 2026 has 21 weekdays (168 h);
 * agent05 logs 126 h on ACME (75.0 %), all of it billable to the ACME account.
 */
public class UtilisationRestTest {

    private static final String NOVEMBER = "insights/utilisation?from=2026-11&to=2026-11";

    private static RestFixture rest;
    private static long levelOne;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        for (int day = 2; day <= 19; day++) {
            String date = String.format("2026-11-%02d", day);
            if (!List.of(7, 8, 14, 15).contains(day)) {
                rest.logWork("ACME-7", "agent05", date + "T08:00:00Z", 9 * 3600);
            }
        }
        for (JsonNode target : rest.as("finance").get("insights/utilisation/targets").json()) {
            if (target.get("levelName").asText().equals("Agent L1")) {
                levelOne = target.get("levelId").asLong();
            }
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void report_shouldGiveEachPersonsHoursAndShares() throws Exception {
        JsonNode row = row(rest.as("finance").get(NOVEMBER + "&by=person").json(), "agent05");

        assertEquals("168.00", row.get("capacityHours").asText());
        assertEquals("126.00", row.get("loggedHours").asText());
        assertEquals("75.0", row.get("utilisation").asText());
    }

    @Test
    public void agent_shouldGetOnlyTheirOwnRow() throws Exception {
        JsonNode rows = rest.as("agent05").get(NOVEMBER).json().get("rows");

        assertEquals(1, rows.size());
        assertEquals("agent05", rows.get(0).get("key").asText());
    }

    @Test
    public void lead_shouldSeeThePeopleWhoWorkedInTheirProjects() throws Exception {
        List<String> keys = keys(rest.as("lead").get(NOVEMBER + "&project=ACME").json());

        assertEquals(List.of("agent05"), keys);
    }

    @Test
    public void projectTheCallerDoesNotLead_shouldBeRefused() throws Exception {
        assertEquals(403, rest.as("agent01").get(NOVEMBER + "&project=ACME").status());
        assertEquals(404, rest.as("guest").get(NOVEMBER + "&project=ACME").status());
    }

    @Test
    public void pageForAProjectTheViewerDoesNotLead_shouldBeTheForbiddenPage() throws Exception {
        RestFixture.Reply page = rest.as("agent01").raw("GET", "/plugins/servlet/ratecard/insights/utilisation?project=ACME", null);

        assertEquals(403, page.status());
        assertThat(page.body(), containsString("ratecard-error-page"));
    }

    @Test
    public void page_shouldShowTheViewersRows() throws Exception {
        RestFixture.Reply page = rest.as("finance").raw("GET", "/plugins/servlet/ratecard/insights/utilisation?from=2026-11&to=2026-11", null);

        assertEquals(200, page.status());
        assertThat(page.body(), containsString("id=\"ratecard-utilisation\""));
        assertThat(page.body(), containsString("126.00"));
    }

    @Test
    public void badInputs_shouldBeRefusedNamingTheField() throws Exception {
        RestFixture.Caller finance = rest.as("finance");

        assertEquals("by", finance.get(NOVEMBER + "&by=week").field());
        assertEquals("to", finance.get("insights/utilisation?from=2024-01&to=2026-12").field());
        assertEquals("from", finance.get("insights/utilisation?from=November").field());
        assertEquals("group", finance.get(NOVEMBER + "&by=team").field());
        assertEquals("group", finance.get(NOVEMBER + "&group=no-such-group").field());
        assertEquals("format", finance.get(NOVEMBER + "&format=pdf").field());
    }

    @Test
    public void team_shouldBeAJiraGroupsMembers() throws Exception {
        JsonNode rows = rest.as("finance").get(NOVEMBER + "&by=team&group=team-acme").json().get("rows");

        assertEquals(1, rows.size());
        assertEquals("team-acme", rows.get(0).get("key").asText());
    }

    @Test
    public void csv_shouldBeTheRowsInTheChosenLanguageAndStyle() throws Exception {
        RestFixture.Reply csv = rest.as("finance").get(NOVEMBER + "&format=csv&lang=de&separator=semicolon&decimal=comma");

        assertEquals(200, csv.status());
        assertThat(csv.body(), containsString("Kapazität (h);Erfasst (h)"));
        assertThat(csv.body(), containsString(";168,00;126,00;"));
    }

    @Test
    public void xlsx_shouldBeAWorkbook() throws Exception {
        RestFixture.Reply xlsx = rest.as("finance").get(NOVEMBER + "&format=xlsx");

        assertEquals(200, xlsx.status());
        assertTrue(xlsx.body().startsWith("PK"));
    }

    @Test
    public void finance_shouldSetAndRemoveALevelsTarget() throws Exception {
        RestFixture.Caller finance = rest.as("finance");

        RestFixture.Reply set = finance.put("insights/utilisation/targets/" + levelOne, "{\"billablePercent\":\"72.5\"}");
        assertEquals(200, set.status());
        assertEquals("72.5", set.json().get("billablePercent").asText());
        assertEquals("billablePercent", finance.put("insights/utilisation/targets/" + levelOne, "{\"billablePercent\":\"100.5\"}").field());
        assertEquals("billablePercent", finance.put("insights/utilisation/targets/" + levelOne, "{\"billablePercent\":\"72.25\"}").field());
        assertEquals(403, rest.as("lead").put("insights/utilisation/targets/" + levelOne, "{\"billablePercent\":\"50\"}").status());

        assertEquals(204, finance.delete("insights/utilisation/targets/" + levelOne).status());
        assertEquals(404, finance.delete("insights/utilisation/targets/" + levelOne).status());
    }

    private static JsonNode row(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + report);
    }

    private static List<String> keys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        report.get("rows").forEach(row -> keys.add(row.get("key").asText()));
        return keys;
    }
}
