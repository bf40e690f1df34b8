package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Invoices over HTTP as finance: a draft of Acme's December work, a worklog left out, issuing,
 * the downloads with their headers, the refusals of an issued invoice, voiding, a credit note,
 * and the billing report. Work is logged in December 2026, which no other test uses.
 */
public class InvoiceRestTest {

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
    public void draftExcludeIssueAndExport_shouldBillTheRestOnceUnderTheFirstNumber() throws Exception {
        long kept = rest.logWork("ACME-11", "agent05", "2026-12-02T09:00:00Z", 3600);
        long left = rest.logWork("ACME-12", "agent05", "2026-12-03T09:00:00Z", 1800);
        JsonNode draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-12-01\",\"to\":\"2026-12-10\",\"grouping\":\"ISSUE\"}").json();
        long id = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("status").asText());
        assertTrue(draft.get("number").isNull());

        JsonNode narrowed = finance.post("invoices/" + id + "/exclusions", "{\"worklogIds\":[" + left + "]}").json();
        assertEquals(1, narrowed.get("lines").size());
        JsonNode issued = finance.post("invoices/" + id + "/issue", "{\"issueDate\":\"2026-12-15\",\"exchangeRate\":\"1\"}").json();

        assertEquals("ISSUED", issued.get("status").asText());
        assertTrue(issued.get("number").asText(), issued.get("number").asText().matches("ACME-2026-\\d{4}"));
        assertEquals(new BigDecimal(issued.get("total").get("amount").asText()), new BigDecimal(issued.get("subtotal").get("amount").asText())
                .add(new BigDecimal(issued.get("tax").get("amount").asText())));
        JsonNode entries = finance.get("invoices/" + id + "/entries").json();
        assertEquals(1, entries.get("total").asLong());
        assertEquals(kept, entries.get("entries").get(0).get("worklogId").asLong());
        JsonNode ledger = finance.get("issues/ACME-11/ledger").json().get("entries").get(0);
        assertTrue(ledger.get("invoiced").asBoolean());

        assertTrue(finance.raw("GET", "/browse/ACME-11", null).body().contains("title=\"Invoiced on " + issued.get("number").asText() + "\">Invoiced</span>"));
        HttpResponse<byte[]> xlsx = download("invoices/" + id + "/export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals("nosniff", xlsx.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"" + issued.get("number").asText() + ".xlsx\""));
        assertEquals('P', (char) xlsx.body()[0]);
        HttpResponse<byte[]> ubl = download("invoices/" + id + "/export?format=ubl");
        assertTrue(new String(ubl.body(), java.nio.charset.StandardCharsets.UTF_8).contains(issued.get("number").asText()));
    }

    @Test
    public void worklogEditedAfterInvoicing_shouldShowAsChangedOnTheIssueAndAdjustTheNextDraft() throws Exception {
        long worklog = rest.logWork("ACME-18", "agent05", "2026-12-23T09:00:00Z", 3600);
        long id = draft("2026-12-23", "2026-12-23");
        finance.post("invoices/" + id + "/issue", "{}");

        assertEquals(200, finance.raw("PUT", "/sandbox/api/worklogs/" + worklog, "{\"started\":\"2026-12-23T09:00:00Z\",\"timeSpentSeconds\":7200}").status());

        assertTrue(finance.raw("GET", "/browse/ACME-18", null).body().contains("changed since"));
        JsonNode next = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-12-24\",\"to\":\"2026-12-24\"}").json();
        assertEquals("ADJUSTMENT", next.get("lines").get(0).get("kind").asText());
    }

    @Test
    public void issuedInvoice_shouldRefuseEveryChangeWith409() throws Exception {
        rest.logWork("ACME-13", "agent05", "2026-12-11T09:00:00Z", 3600);
        long id = draft("2026-12-11", "2026-12-11");
        finance.post("invoices/" + id + "/issue", "{}");

        assertEquals(409, finance.post("invoices/" + id + "/exclusions", "{\"worklogIds\":[1]}").status());
        assertEquals(409, finance.post("invoices/" + id + "/refresh", "{}").status());
        assertEquals(409, finance.post("invoices/" + id + "/lines", "{\"text\":\"Fee\",\"amount\":\"10\"}").status());
        assertEquals(409, finance.post("invoices/" + id + "/issue", "{}").status());
        assertEquals(409, finance.delete("invoices/" + id).status());
    }

    @Test
    public void voidThenRedraft_shouldBillTheReleasedWorkAgain() throws Exception {
        long worklog = rest.logWork("ACME-14", "agent05", "2026-12-12T09:00:00Z", 3600);
        long first = draft("2026-12-12", "2026-12-12");
        String number = finance.post("invoices/" + first + "/issue", "{}").json().get("number").asText();

        JsonNode voided = finance.post("invoices/" + first + "/void", "{\"reason\":\"Sent to the wrong contact\"}").json();
        long second = draft("2026-12-12", "2026-12-12");

        assertEquals("VOID", voided.get("status").asText());
        assertEquals(number, voided.get("number").asText());
        assertEquals(worklog, finance.get("invoices/" + second + "/entries").json().get("entries").get(0).get("worklogId").asLong());
        assertEquals(400, finance.post("invoices/" + first + "/void", "{\"reason\":\" \"}").status());
    }

    @Test
    public void creditNote_shouldHaveItsOwnNumberAndNegativeTotal() throws Exception {
        rest.logWork("ACME-15", "agent05", "2026-12-14T09:00:00Z", 3600);
        long id = draft("2026-12-14", "2026-12-14");
        JsonNode invoice = finance.post("invoices/" + id + "/issue", "{}").json();

        RestFixture.Reply note = finance.post("invoices/" + id + "/credit-notes", "{\"reason\":\"Goodwill\"}");

        assertEquals(201, note.status());
        assertTrue(note.json().get("number").asText().startsWith("CN-ACME-"));
        assertEquals(new BigDecimal(invoice.get("total").get("amount").asText()).negate(), new BigDecimal(note.json().get("total").get("amount").asText()));
        assertEquals(id, note.json().get("creditOf").asLong());
    }

    @Test
    public void manualLineAndBadInput_shouldBeAcceptedOrNamedAndChangeNothing() throws Exception {
        rest.logWork("ACME-16", "agent05", "2026-12-16T09:00:00Z", 3600);
        long id = draft("2026-12-16", "2026-12-16");

        JsonNode discounted = finance.post("invoices/" + id + "/lines", "{\"text\":\"Loyalty discount\",\"amount\":\"-5.50\"}").json();

        JsonNode own = null;
        for (JsonNode line : discounted.get("lines")) {
            own = line.get("kind").asText().equals("MANUAL") ? line : own;
        }
        assertEquals("-5.50", own.get("amount").get("amount").asText());
        assertEquals("amount", finance.post("invoices/" + id + "/lines", "{\"text\":\"Fee\",\"amount\":\"1.234\"}").field());
        assertEquals("format", finance.get("invoices/" + id + "/export?format=pdf").field());
        assertEquals("format", finance.get("invoices/" + id + "/export?format=ubl").field());
        assertEquals("to", finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-12-10\",\"to\":\"2026-12-01\"}").field());
        assertEquals(discounted.get("lines").size(), finance.get("invoices/" + id).json().get("lines").size());
    }

    @Test
    public void lineAtAReducedRate_shouldHaveItsOwnVatGroupUntilIssuedAndAfter() throws Exception {
        rest.logWork("ACME-19", "agent05", "2026-12-29T09:00:00Z", 3600);
        long id = draft("2026-12-29", "2026-12-29");

        JsonNode added = finance.post("invoices/" + id + "/lines",
                "{\"text\":\"Printed handbooks\",\"amount\":\"100.00\",\"vatCategory\":\"S\",\"vatPercent\":\"7\"}").json();
        String handbooks = null;
        for (JsonNode line : added.get("lines")) {
            handbooks = line.get("kind").asText().equals("MANUAL") ? line.get("lineKey").asText() : handbooks;
        }
        JsonNode reduced = added.get("vatBreakdown").get(1);
        assertEquals("S 7 100.00 7.00", reduced.get("category").asText() + " " + reduced.get("percent").asText() + " "
                + reduced.get("taxable").get("amount").asText() + " " + reduced.get("tax").get("amount").asText());
        assertEquals("19", added.get("vatBreakdown").get(0).get("percent").asText());

        JsonNode exempt = finance.put("invoices/" + id + "/lines", "{\"lineKey\":\"" + handbooks + "\",\"vatCategory\":\"E\","
                + "\"vatReason\":\"Exempt under Article 132(1)(i)\"}").json();
        assertEquals("E 0 0.00", exempt.get("vatBreakdown").get(1).get("category").asText() + " " + exempt.get("vatBreakdown").get(1).get("percent").asText()
                + " " + exempt.get("vatBreakdown").get(1).get("tax").get("amount").asText());
        String work = exempt.get("lines").get(0).get("lineKey").asText();
        assertEquals("lineKey", finance.put("invoices/" + id + "/lines", "{\"lineKey\":\"" + work + "\",\"vatCategory\":\"S\",\"vatPercent\":\"7\"}")
                .field());
        assertEquals("vatReason", finance.put("invoices/" + id + "/lines", "{\"lineKey\":\"" + handbooks + "\",\"vatCategory\":\"E\"}").field());

        JsonNode issued = finance.post("invoices/" + id + "/issue", "{}").json();

        assertEquals(exempt.get("vatBreakdown"), issued.get("vatBreakdown"));
        assertEquals(exempt.get("tax"), finance.get("invoices/" + id).json().get("tax"));
    }

    @Test
    public void billingReport_shouldGroupTheUninvoicedWorkAndDownloadAsCsv() throws Exception {
        rest.logWork("ACME-17", "agent05", "2026-12-21T09:00:00Z", 3600);
        rest.logWork("ACME-17", "agent06", "2026-12-22T09:00:00Z", 1800);

        JsonNode report = finance.get("reports/billing?account=ACME&from=2026-12-21&to=2026-12-22&groupBy=user").json();
        HttpResponse<byte[]> csv = download("reports/billing?account=ACME&from=2026-12-21&to=2026-12-22&groupBy=month&format=csv");

        assertEquals(2, report.get("lines").size());
        assertNull(report.get("number").textValue());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").replace(" ", "").equals("text/csv;charset=UTF-8"));
        assertTrue(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("Invoice,Date,Issue"));
        assertEquals(403, rest.as("lead").get("reports/billing?account=ACME&from=2026-12-21&to=2026-12-22").status());
    }

    @Test
    public void list_shouldShowTheDocumentsWhoseBillingDaysTouchThePeriod() throws Exception {
        long march = draft("2031-03-01", "2031-03-31");
        long june = draft("2031-06-01", "2031-06-30");

        JsonNode listed = finance.get("invoices?account=ACME&from=2031-03-31&to=2031-05-31").json();

        assertEquals(1, listed.get("total").asLong());
        assertEquals(march, listed.get("items").get(0).get("id").asLong());
        assertEquals(june, finance.get("invoices?from=2031-06-30&to=2031-06-30").json().get("items").get(0).get("id").asLong());
        assertEquals("to", finance.get("invoices?from=2031-06-30&to=2031-06-01").field());
        assertEquals(june, finance.get("invoices?from=2031-04-01").json().get("items").get(0).get("id").asLong());
    }

    @Test
    public void numberingPatterns_shouldBeSetByFinanceAndRefusedWhenTheyCannotNumber() throws Exception {
        assertEquals("invoiceNumberPattern", finance.put("settings", "{\"invoiceNumberPattern\":\"{prefix}-{yyyy}\",\"fiscalYearStart\":\"JULY\"}").field());
        assertEquals("JANUARY", finance.get("settings").json().get("fiscalYearStart").asText());
        try {
            JsonNode changed = finance.put("settings", "{\"creditNoteNumberPattern\":\"CR-{prefix}-{seq:6}\"}").json();

            assertEquals("{prefix}-{yyyy}-{seq:4}", changed.get("invoiceNumberPattern").asText());
            assertEquals("CR-{prefix}-{seq:6}", finance.get("settings").json().get("creditNoteNumberPattern").asText());
        } finally {
            assertEquals(200, finance.put("settings", "{\"creditNoteNumberPattern\":\"CN-{prefix}-{yyyy}-{seq:4}\"}").status());
        }
    }

    @Test
    public void draftNarrowedByJql_shouldBillTheMatchingIssuesOnly() throws Exception {
        long matching = rest.logWork("ACME-19", "agent05", "2026-12-28T09:00:00Z", 3600);
        rest.logWork("ACME-20", "agent05", "2026-12-28T10:00:00Z", 3600);

        RestFixture.Reply draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-12-28\",\"to\":\"2026-12-28\","
                + "\"jql\":\"key in (ACME-19, ACME-21)\"}");

        assertEquals(draft.body(), 201, draft.status());
        assertEquals("key in (ACME-19, ACME-21)", draft.json().get("jql").asText());
        JsonNode entries = finance.get("invoices/" + draft.json().get("id").asLong() + "/entries").json();
        assertEquals(1, entries.get("total").asLong());
        assertEquals(matching, entries.get("entries").get(0).get("worklogId").asLong());
    }

    @Test
    public void jqlJiraRefuses_shouldNameTheFieldAndKeepNoDraft() throws Exception {
        long before = finance.get("invoices?status=DRAFT").json().get("total").asLong();

        RestFixture.Reply refused = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-12-28\",\"to\":\"2026-12-28\","
                + "\"jql\":\"colour = red\"}");

        assertEquals(400, refused.status());
        assertEquals("jql", refused.field());
        assertEquals(before, finance.get("invoices?status=DRAFT").json().get("total").asLong());
    }

    @Test
    public void buyerTermsAndSellerDetails_shouldReachTheEInvoiceAsTheyWereWhenItWasIssued() throws Exception {
        long worklog = rest.logWork("ACME-22", "agent05", "2026-12-30T09:00:00Z", 3600);
        JsonNode before = finance.get("accounts/ACME/invoicing").json();
        try {
            JsonNode terms = finance.put("accounts/ACME/invoicing", "{\"street\":\"1 rue de la Paix\",\"city\":\"Paris\","
                    + "\"postalCode\":\"75002\",\"country\":\"fr\",\"vatId\":\"FR 40303265045\",\"paymentDays\":30}").json();
            assertEquals(200, finance.put("settings", "{\"sellerStreet\":\"Hauptstraße 1\",\"sellerVatId\":\"DE123456789\"}").status());
            long id = draft("2026-12-30", "2026-12-30");
            finance.post("invoices/" + id + "/issue", "{\"issueDate\":\"2027-01-04\"}");
            finance.put("accounts/ACME/invoicing", "{\"country\":\"BE\",\"vatId\":\"BE0123456789\",\"paymentDays\":10,\"language\":\"de\"}");

            String ubl = new String(download("invoices/" + id + "/export?format=ubl").body(), java.nio.charset.StandardCharsets.UTF_8);

            assertEquals("FR", terms.get("country").asText());
            assertTrue(ubl, ubl.contains("<cbc:DueDate>2027-02-03</cbc:DueDate>"));
            assertTrue(ubl, ubl.contains("<cbc:CompanyID>FR40303265045</cbc:CompanyID>"));
            assertTrue(ubl, ubl.contains("<cbc:StreetName>Hauptstraße 1</cbc:StreetName>"));
            assertTrue(ubl, ubl.contains("Payment within 30 days"));
            String page = finance.raw("GET", "/plugins/servlet/ratecard/invoices?id=" + id, null).body();
            assertTrue(page, page.contains("FR40303265045") && page.contains("Feb 3, 2027") && page.contains("1 rue de la Paix, 75002 Paris, FR"));
            assertEquals(worklog, finance.get("invoices/" + id + "/entries").json().get("entries").get(0).get("worklogId").asLong());
        } finally {
            finance.put("accounts/ACME/invoicing", before.toString().replace("\"accountKey\":\"ACME\",", ""));
        }
    }

    @Test
    public void badBuyerTerms_shouldNameTheFieldAndChangeNothing() throws Exception {
        JsonNode before = finance.get("accounts/GLOBEX/invoicing").json();

        assertEquals("vatId", finance.put("accounts/GLOBEX/invoicing", "{\"vatId\":\"12\"}").field());
        assertEquals("vatId", finance.put("accounts/GLOBEX/invoicing", "{\"vatId\":\"XX123456\"}").field());
        assertEquals("paymentDays", finance.put("accounts/GLOBEX/invoicing", "{\"paymentDays\":400}").field());
        assertEquals("country", finance.put("accounts/GLOBEX/invoicing", "{\"country\":\"XX\"}").field());
        assertEquals(404, finance.get("accounts/NOPE/invoicing").status());
        assertEquals(403, rest.as("lead").get("accounts/GLOBEX/invoicing").status());
        assertEquals(before, finance.get("accounts/GLOBEX/invoicing").json());
    }

    private static long draft(String from, String to) throws Exception {
        RestFixture.Reply draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertEquals(draft.body(), 201, draft.status());
        return draft.json().get("id").asLong();
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rest.url() + "/rest/ratecard/1.0/" + path))
                .header("Cookie", "ratecard.sandbox.user=finance").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
