package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Every date a person enters over REST lies between 1970-01-01 and 2199-12-31: one row per
 * field, with the first and last accepted day and the nearest and farthest refused ones, each
 * refused with 400 naming the field.
 */
@RunWith(Parameterized.class)
public class DateLimitsRestTest {

    private static final List<String> ACCEPTED = List.of("1970-01-01", "2199-12-31");
    private static final List<String> REFUSED = List.of("1969-12-31", "2200-01-01", "0000-01-01", "-0001-06-01", "+10000-01-01");
    private static final AtomicInteger USERS = new AtomicInteger(1);

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    /** Sends a request carrying {@code date} in the field under test. */
    interface Entry {
        RestFixture.Reply send(String date) throws Exception;
    }

    @Parameterized.Parameter(0)
    public String endpoint;
    @Parameterized.Parameter(1)
    public String field;
    @Parameterized.Parameter(2)
    public int acceptedStatus;
    @Parameterized.Parameter(3)
    public Entry entry;

    @Parameterized.Parameters(name = "{0} {1}")
    public static List<Object[]> rows() {
        return List.of(
                row("POST levels/{id}/assignments", "validFrom", 201, date -> finance.post("levels/" + level() + "/assignments",
                        "{\"userKey\":\"admin\",\"validFrom\":\"" + date + "\"}")),
                row("POST levels/{id}/assignments", "validTo", 201, date -> finance.post("levels/" + level() + "/assignments",
                        "{\"userKey\":\"guest\",\"validFrom\":\"" + sameEnd(date) + "\",\"validTo\":\"" + date + "\"}")),
                row("POST rates/cost", "validFrom", 201, date -> finance.post("rates/cost", "{\"scope\":\"USER\",\"userKey\":\"" + user()
                        + "\",\"amount\":\"20\",\"currency\":\"EUR\",\"validFrom\":\"" + date + "\"}")),
                row("POST rates/cost", "validTo", 201, date -> finance.post("rates/cost", "{\"scope\":\"USER\",\"userKey\":\"" + user()
                        + "\",\"amount\":\"20\",\"currency\":\"EUR\",\"validFrom\":\"1970-01-01\",\"validTo\":\"" + date + "\"}")),
                row("PUT rates/{id}", "validFrom", 200, date -> finance.put("rates/" + rate(), "{\"validFrom\":\"" + date + "\"}")),
                row("GET rates/cost", "date", 200, date -> finance.get("rates/cost?date=" + date.replace("+", "%2B"))),
                row("POST expenses", "date", 201, date -> finance.post("expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"date\":\""
                        + date + "\",\"category\":\"VENDOR\",\"amount\":\"10\"}")),
                row("POST budgets", "from", 201, date -> finance.post("budgets", budget("PROJECT", date, date))),
                row("POST budgets", "to", 201, date -> finance.post("budgets", budget("ACCOUNT", sameEnd(date), date))),
                row("POST settings/overhead", "from", 201, date -> finance.post("settings/overhead",
                        "{\"projectKey\":\"ACME\",\"from\":\"" + date + "\",\"percent\":\"10\"}")),
                row("POST invoices", "from", 201, date -> finance.post("invoices", draft(date, date))),
                row("POST invoices", "to", 201, date -> finance.post("invoices", draft(sameEnd(date), date))));
    }

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void firstAndLastBusinessDays_shouldBeAccepted() throws Exception {
        for (String date : ACCEPTED) {
            RestFixture.Reply reply = entry.send(date);

            assertEquals(date + ": " + reply.body(), acceptedStatus, reply.status());
        }
    }

    @Test
    public void datesOutsideTheBusinessDays_shouldBeRefusedNamingTheField() throws Exception {
        for (String date : REFUSED) {
            RestFixture.Reply reply = entry.send(date);

            assertEquals(date + ": " + reply.body(), 400, reply.status());
            assertEquals(field, reply.field());
            assertEquals(field + " must be between 1970-01-01 and 2199-12-31, was: " + LocalDate.parse(date),
                    reply.json().get("message").asText());
        }
    }

    private static Object[] row(String endpoint, String field, int acceptedStatus, Entry entry) {
        return new Object[] {endpoint, field, acceptedStatus, entry};
    }

    private static String user() {
        return String.format("agent%02d", USERS.getAndIncrement() % 40 + 1);
    }

    private static long level() throws Exception {
        JsonNode level = finance.post("levels", "{\"name\":\"Dates " + System.nanoTime() + "\"}").json();
        return level.get("id").asLong();
    }

    private static long rate() throws Exception {
        RestFixture.Reply created = finance.post("rates/cost", "{\"scope\":\"USER\",\"userKey\":\"" + user()
                + "\",\"amount\":\"20\",\"currency\":\"EUR\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-01-31\"}");
        assertTrue(created.body(), created.status() == 201);
        return created.json().get("id").asLong();
    }

    /** A first day that makes a short period with {@code last}, whichever end of the range it is near. */
    private static String sameEnd(String last) {
        return last.startsWith("2") || last.startsWith("+") ? "2199-12-01" : "1970-01-01";
    }

    private static String budget(String scopeKind, String from, String to) {
        return "{\"scopeKind\":\"" + scopeKind + "\",\"scopeKey\":\"ACME\",\"measure\":\"COST\",\"amount\":\"100\",\"from\":\"" + from + "\",\"to\":\""
                + to + "\"}";
    }

    private static String draft(String from, String to) {
        return "{\"accountKey\":\"ACME\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }
}
