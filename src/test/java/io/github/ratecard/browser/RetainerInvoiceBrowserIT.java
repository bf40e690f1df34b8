package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.sandbox.Sandbox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance bills a retainer month in a real browser: Globex, the demo's retainer client, moves in December to 20 prepaid
 * hours a month for 6,000.00 USD with overage at 65.00 USD an hour; its December work goes beyond the balance. The draft
 * shows the fee line, the overage line and the balance statement with the figures of the contract's balance ledger
 * (read through REST), and finance issues it.
 */
public class RetainerInvoiceBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final String REST = "/rest/ratecard/1.0/";
    private static final BigDecimal OVERAGE_RATE = new BigDecimal("65.00");

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();
    private final SandboxRest finance = new SandboxRest(sandbox.url().toString(), "finance");

    @Test
    public void financeDraftsARetainerMonthSeesTheFeeOverageAndBalanceAndIssuesIt() throws Exception {
        finance.put(REST + "contracts/GLOBEX", "{\"validFrom\":\"2026-12\",\"terms\":[{\"from\":\"2026-12\",\"kind\":\"RETAINER\",\"period\":\"MONTH\","
                + "\"fee\":\"6000.00\",\"prepaidHours\":\"20\",\"rolloverLimitHours\":\"0\",\"expiresAfterPeriods\":0,\"overageRate\":\"65.00\"}]}");
        for (String day : List.of("2026-12-01", "2026-12-02", "2026-12-03")) {
            finance.as("agent03").post("/sandbox/api/worklogs", "{\"issue\":\"GLX-1\",\"started\":\"" + day + "T08:00:00Z\",\"timeSpentSeconds\":28800}");
        }
        JsonNode december = finance.get(REST + "contracts/GLOBEX/balance?through=2026-12").get(0);
        BigDecimal overageHours = new BigDecimal(december.get("overageHours").asText());
        assertTrue("December's work goes beyond the 20 prepaid hours: " + december, overageHours.signum() > 0);
        String overageAmount = usd(overageHours.multiply(OVERAGE_RATE).setScale(2, RoundingMode.HALF_UP));

        browser.openAs("finance", "/plugins/servlet/ratecard/invoices");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-draft-form")));
        browser.script("var f = document.getElementById('ratecard-draft-form'); f.accountKey.value = 'GLOBEX'; f.from.value = '2026-12-01';"
                + "f.to.value = '2026-12-31';");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-invoice-contract")));
        String lines = browser.find("#ratecard-invoice-lines").getText() + "\n" + browser.script("return Array.prototype.map.call("
                + "document.querySelectorAll('#ratecard-invoice-lines input'), function (i) { return i.value; }).join('\\n');");
        assertTrue(lines, lines.contains("Retainer December 2026: 20 h prepaid") && lines.contains(usd(new BigDecimal("6000.00"))));
        assertTrue(lines, lines.contains("Overage December 2026: " + overageHours.stripTrailingZeros().toPlainString() + " h beyond the balance")
                && lines.contains(overageAmount));
        assertEquals(hours(december, "prepaidHours"), number(browser.find("#ratecard-contract-prepaid").getText()));
        assertEquals(hours(december, "usedHours"), number(browser.find("#ratecard-contract-used").getText()));
        assertEquals(overageHours.stripTrailingZeros(), number(browser.find("#ratecard-contract-overage").getText()));
        assertEquals(hours(december, "closingHours"), number(browser.find("#ratecard-contract-closing").getText()));
        assertEquals(0L, browser.horizontalOverflow());
        browser.screenshot("retainer-draft");

        browser.script("window.confirm = function () { return true; };");
        browser.find("#ratecard-issue").click();
        browser.waiting().until(d -> d.findElements(By.id("ratecard-issue-form")).isEmpty()
                && !d.findElements(By.id("ratecard-download-xlsx")).isEmpty());
        browser.screenshot("retainer-issued");

        JsonNode issued = finance.get(REST + "invoices?account=GLOBEX&status=ISSUED&from=2026-12-01&to=2026-12-31");
        assertTrue(issued.toString(), issued.toString().contains(overageHours.multiply(OVERAGE_RATE).add(new BigDecimal("6000")).setScale(2).toPlainString()));
        assertEquals("issuing leaves the balance as drafted", december.get("closingHours").asText(),
                finance.get(REST + "contracts/GLOBEX/balance?through=2026-12").get(0).get("closingHours").asText());
    }

    private static String usd(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        return "$" + format.format(amount);
    }

    private static BigDecimal hours(JsonNode row, String field) {
        return new BigDecimal(row.get(field).asText()).stripTrailingZeros();
    }

    /** The number in a figure such as "24 h" or "4.5 h". */
    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.]", "")).stripTrailingZeros();
    }
}
