package io.github.ratecard.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The exchange-rate table over HTTP: one rate entered, replaced and deleted; CSV files imported all or nothing. */
public class ExchangeRateRestTest {

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
    public void rateOfTheSameDay_shouldBeReplacedAndAudited() throws Exception {
        assertEquals(201, finance.post("fx/rates", "{\"base\":\"EUR\",\"quote\":\"CHF\",\"day\":\"2030-01-02\",\"rate\":\"0.9300\",\"source\":\"Desk\"}")
                .status());

        RestFixture.Reply replaced = finance.post("fx/rates", "{\"base\":\"EUR\",\"quote\":\"CHF\",\"day\":\"2030-01-02\",\"rate\":\"0.9312\"}");

        assertEquals(replaced.body(), 200, replaced.status());
        JsonNode list = finance.get("fx/rates?base=EUR&quote=CHF&from=2030-01-01&to=2030-01-31").json();
        assertEquals(1, list.get("total").asInt());
        assertEquals("0.9312", list.get("items").get(0).get("rate").asText());
        assertEquals("", list.get("items").get(0).get("source").asText());
        assertEquals(204, finance.delete("fx/rates/EUR/CHF/2030-01-02").status());
        assertEquals(0, finance.get("fx/rates?base=EUR&quote=CHF&from=2030-01-01&to=2030-01-31").json().get("total").asInt());
    }

    @Test
    public void ecbFile_shouldBringEveryQuotedRate() throws Exception {
        RestFixture.Reply reply = finance.postWithType("fx/rates/import", "text/csv",
                "Date,USD,JPY,RUB,\n2031-03-03,1.0825,162.35,N/A,\n2031-03-02,1.0801,161.9,N/A,\n");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("ECB", reply.json().get("format").asText());
        assertEquals(4, reply.json().get("rates").asInt());
        JsonNode yen = finance.get("fx/rates?currency=JPY&from=2031-03-01&to=2031-03-31").json();
        assertEquals(2, yen.get("total").asInt());
        assertEquals("ECB", yen.get("items").get(0).get("source").asText());
    }

    @Test
    public void fileWithWrongLines_shouldListThemAndChangeNothing() throws Exception {
        RestFixture.Reply reply = finance.postWithType("fx/rates/import?format=long", "text/csv",
                "date,base,quote,rate\n2032-01-05,EUR,GBP,0.86\n2032-01-06,EUR,GBP,zero\n2032-02-30,EUR,GBP,0.87\n");

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("file", reply.field());
        assertEquals(2, reply.json().get("wrongLines").asInt());
        assertEquals(3, reply.json().get("errors").get(0).get("line").asInt());
        assertEquals(4, reply.json().get("errors").get(1).get("line").asInt());
        assertEquals(0, finance.get("fx/rates?base=EUR&quote=GBP&from=2032-01-01&to=2032-12-31").json().get("total").asInt());
    }

    @Test
    public void rateWithTooManyDecimals_shouldNameTheField() throws Exception {
        RestFixture.Reply reply = finance.post("fx/rates", "{\"base\":\"EUR\",\"quote\":\"USD\",\"day\":\"2030-01-02\",\"rate\":\"1.12345678901\"}");

        assertEquals(400, reply.status());
        assertEquals("rate", reply.field());
    }

    @Test
    public void usdBudgetPage_shouldShowItsFiguresInEuroAtFridaysRateOnASunday() throws Exception {
        RestFixture.Reply budget = finance.post("budgets", "{\"scopeKind\":\"ACCOUNT\",\"scopeKey\":\"GLOBEX\",\"measure\":\"BILLABLE\","
                + "\"amount\":\"11600\",\"from\":\"2026-12-01\",\"to\":\"2026-12-31\"}");
        assertEquals(budget.body(), 201, budget.status());

        RestFixture.Reply page = finance.raw("GET", "/plugins/servlet/ratecard/budgets?account=GLOBEX&budget=" + budget.json().get("id").asLong()
                + "&asOf=2026-12-06", null);

        java.math.BigDecimal friday = new java.math.BigDecimal(finance.get("fx/rates?base=EUR&quote=USD&from=2026-12-04&to=2026-12-04").json()
                .get("items").get(0).get("rate").asText());
        String euros = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(new java.math.BigDecimal("11600").divide(friday, 2, java.math.RoundingMode.HALF_UP));
        assertEquals(200, page.status());
        assertThat(page.body(), containsString("In EUR, the base currency: Budget \u20ac" + euros));
        assertThat(page.body(), containsString("of Dec 4, 2026, the last rate before the day, ECB (demo)"));
    }

    @Test
    public void fxPage_shouldListTheDemoRates() throws Exception {
        RestFixture.Reply page = finance.raw("GET", "/plugins/servlet/ratecard/fx?currency=JPY", null);

        assertEquals(200, page.status());
        assertThat(page.body(), containsString("EUR/JPY"));
    }
}
