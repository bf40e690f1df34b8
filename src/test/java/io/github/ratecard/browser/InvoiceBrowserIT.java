package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finance bills a client in a real browser: drafts an invoice, leaves one worklog out, issues it, and downloads the XLSX. */
public class InvoiceBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Sandbox sandbox = SANDBOX.sandbox();
    private final Browser browser = SANDBOX.browser();

    @Test
    public void financeDraftsLeavesOneWorklogOutIssuesAndDownloadsTheSpreadsheet() throws Exception {
        for (String day : List.of("2026-12-01", "2026-12-02", "2026-12-03")) {
            post("agent01", "/sandbox/api/worklogs", "{\"issue\":\"ACME-3\",\"started\":\"" + day + "T09:00:00Z\",\"timeSpentSeconds\":3600}");
        }
        browser.openAs("finance", "/plugins/servlet/ratecard/invoices");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-draft-form")));
        browser.script("var f = document.getElementById('ratecard-draft-form'); f.accountKey.value = 'ACME'; f.from.value = '2026-12-01';"
                + "f.to.value = '2026-12-31';");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(d -> d.findElements(By.cssSelector("#ratecard-invoice-entries .ratecard-exclude")).size() == 3);
        browser.find("a[data-tab=work]").click();
        browser.find("#ratecard-invoice-entries .ratecard-exclude").click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#ratecard-invoice-entries .ratecard-include")).size() == 1);
        browser.find("a[data-tab=lines]").click();
        assertTrue(browser.find("#ratecard-invoice-lines").getText().contains("2.00"));
        browser.script("window.confirm = function () { return true; };");
        browser.find("#ratecard-issue").click();

        WebElement title = browser.waiting().until(d -> {
            WebElement heading = d.findElement(By.id("ratecard-invoice-title"));
            return heading.getText().contains("ACME-2026-") ? heading : null;
        });
        String number = title.getText().replaceAll(".*(ACME-2026-\\d{4}).*", "$1");
        String href = browser.find("#ratecard-download-xlsx").getAttribute("href");
        browser.screenshot("invoice-issued");

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "ratecard.sandbox.user=finance").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains(number + ".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertEquals(number, workbook.getSheetAt(0).getSheetName());
            Sheet detail = workbook.getSheet("Detail");
            assertEquals("two worklogs billed, the third left out", 2, detail.getLastRowNum());
        }
    }

    private void post(String user, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path)).header("Cookie", "ratecard.sandbox.user=" + user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body(), response.statusCode() / 100 == 2);
    }
}
