package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class LevelRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

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
    public void promotion_shouldCloseThePreviousLevelAndShowInTheUsersHistory() throws Exception {
        long junior = finance.post("levels", "{\"name\":\"Junior REST\",\"description\":\"d\"}").json().get("id").asLong();
        long senior = finance.post("levels", "{\"name\":\"Senior REST\"}").json().get("id").asLong();
        assertEquals(201, finance.post("levels/" + junior + "/assignments", "{\"userKey\":\"admin\",\"validFrom\":\"2026-01-01\"}").status());

        assertEquals(201, finance.post("levels/" + senior + "/assignments", "{\"userKey\":\"admin\",\"validFrom\":\"2026-07-01\"}").status());

        JsonNode history = finance.get("users/admin/levels").json();
        assertEquals(2, history.size());
        assertEquals("2026-06-30", history.get(0).get("validTo").asText());
        assertEquals("Senior REST", history.get(1).get("levelName").asText());
    }

    @Test
    public void assignmentFromYearTenThousand_shouldBeRefusedAndLeaveTheCurrentLevelOpen() throws Exception {
        long level = finance.post("levels", "{\"name\":\"Far Future\"}").json().get("id").asLong();
        JsonNode before = finance.get("users/agent20/levels").json();

        RestFixture.Reply reply = finance.post("levels/" + level + "/assignments", "{\"userKey\":\"agent20\",\"validFrom\":\"+10000-01-01\"}");

        assertEquals(400, reply.status());
        assertEquals("validFrom", reply.field());
        assertEquals(before, finance.get("users/agent20/levels").json());
        assertEquals(0, finance.get("levels/" + level + "/assignments").json().size());
    }

    @Test
    public void duplicateNameIgnoringCase_shouldBe409() throws Exception {
        finance.post("levels", "{\"name\":\"Dup Level\"}");

        RestFixture.Reply reply = finance.post("levels", "{\"name\":\"DUP LEVEL\"}");

        assertEquals(409, reply.status());
        assertEquals("name", reply.field());
    }

    @Test
    public void badAssignments_shouldBe400AndChangeNothing() throws Exception {
        long level = finance.post("levels", "{\"name\":\"Assign Checks\"}").json().get("id").asLong();
        finance.post("levels/" + level + "/assignments", "{\"userKey\":\"agent12\",\"validFrom\":\"2026-05-01\"}");

        assertEquals("userKey", finance.post("levels/" + level + "/assignments", "{\"userKey\":\"ghost\",\"validFrom\":\"2026-01-01\"}").field());
        assertEquals("validFrom", finance.post("levels/" + level + "/assignments", "{\"userKey\":\"agent12\",\"validFrom\":\"2026-04-01\"}").field());
        assertEquals("validTo", finance.post("levels/" + level + "/assignments",
                "{\"userKey\":\"agent13\",\"validFrom\":\"2026-04-01\",\"validTo\":\"2026-03-01\"}").field());
        assertEquals(1, finance.get("levels/" + level + "/assignments").json().size());
        assertEquals(404, finance.post("levels/999999/assignments", "{\"userKey\":\"agent12\",\"validFrom\":\"2026-01-01\"}").status());
    }

    @Test
    public void levels_shouldNeedTheFinancePermission() throws Exception {
        assertEquals(403, rest.as("agent01").get("levels").status());
        assertEquals(403, rest.as("admin").post("levels", "{\"name\":\"Admin made\"}").status());
        assertEquals(401, rest.anonymous().get("users/agent01/levels").status());
        assertEquals(404, finance.get("users/ghost/levels").status());
    }

    @Test
    public void settings_shouldKeepTheBaseCurrencyOnceCostRatesExist() throws Exception {
        assertEquals("EUR", finance.get("settings").json().get("baseCurrency").asText());
        finance.post("rates/cost", "{\"scope\":\"GLOBAL\",\"amount\":\"20\",\"currency\":\"EUR\",\"validFrom\":\"2020-01-01\"}");

        assertEquals(409, finance.put("settings", "{\"baseCurrency\":\"USD\"}").status());
        assertEquals(400, finance.put("settings", "{\"baseCurrency\":\"DOLLAR\"}").status());
        assertEquals("EUR", finance.get("settings").json().get("baseCurrency").asText());
    }
}
