package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.accounting.DatevReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Accounting exports over HTTP as finance: the settings, a DATEV batch of an issued invoice read back with the
 * format's rules, the journal, the record of each export and the flag of a document exported before.
 */
public class AccountingRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;
    private static String number;
    private static String day;
    private static long invoiceId;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        rest.logWork("ACME-7", "agent05", "2026-11-02T09:00:00Z", 3600);
        long id = invoiceId = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\",\"grouping\":\"ISSUE\"}").json()
                .get("id").asLong();
        JsonNode issued = finance.post("invoices/" + id + "/issue", "{\"issueDate\":\"2026-11-30\"}").json();
        number = issued.get("number").asText();
        day = issued.get("issueDate").asText();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void datevExportWithoutConsultantNumber_shouldBeRefusedNamingIt() throws Exception {
        RestFixture rest2 = new RestFixture();
        try {
            RestFixture.Reply reply = rest2.as("finance").get("accounting/preview?format=datev&from=2026-11-01&to=2026-11-30");
            assertEquals(400, reply.status());
            assertEquals("consultantNumber", reply.field());
        } finally {
            rest2.close();
        }
    }

    @Test
    public void consultantNumberOfZero_shouldRemoveItAndKeepTheClientNumber() throws Exception {
        RestFixture own = new RestFixture();
        try {
            RestFixture.Caller financeOfOwn = own.as("finance");
            financeOfOwn.put("accounting/settings", "{\"consultantNumber\":29098,\"clientNumber\":55003}");

            JsonNode cleared = financeOfOwn.put("accounting/settings", "{\"consultantNumber\":0}").json();

            assertTrue(cleared.get("consultantNumber").isNull());
            assertEquals(55003, cleared.get("clientNumber").asInt());
            assertTrue(financeOfOwn.get("accounting/settings").json().get("consultantNumber").isNull());
            assertEquals("consultantNumber", financeOfOwn.get("accounting/preview?format=datev&from=2026-11-01&to=2026-11-30").field());
        } finally {
            own.close();
        }
    }

    @Test
    public void datevExport_shouldBeAValidBatchOfTheIssuedInvoiceAndBeRecorded() throws Exception {
        finance.put("accounting/settings", "{\"consultantNumber\":29098,\"clientNumber\":55003,\"debtorAccounts\":[{\"accountKey\":\"ACME\","
                + "\"account\":\"10042\"}]}");

        HttpResponse<byte[]> file = download("accounting/export?format=datev&from=2026-11-01&to=2026-11-30");

        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse(""), file.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"EXTF_Buchungsstapel_20261101_20261130.csv\""));
        assertEquals("text/csv;charset=windows-1252", file.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        DatevReader.Batch batch = DatevReader.read(file.body());
        assertEquals("29098", batch.header().get(10));
        DatevReader.Booking booking = batch.bookings().stream().filter(b -> b.text(11).equals(DatevFileNumber.of(number))).findFirst().orElseThrow();
        assertEquals("10042", booking.field(7));
        assertEquals("\"S\"", booking.field(2));
        assertEquals(day.substring(8, 10) + day.substring(5, 7), booking.field(10));
        String exportId = file.headers().firstValue("X-Ratecard-Export").orElseThrow();
        JsonNode history = finance.get("accounting/exports?limit=10").json();
        assertEquals(exportId, history.get("items").get(0).get("id").asText());
        assertEquals("finance", history.get("items").get(0).get("by").asText());
        assertTrue(history.get("items").get(0).get("documents").toString().contains(number));
    }

    @Test
    public void documentExportedBefore_shouldBeFlaggedAndExportedAgain() throws Exception {
        download("accounting/export?format=csv&from=2026-11-01&to=2026-11-30");

        JsonNode preview = finance.get("accounting/preview?format=xlsx&from=2026-11-01&to=2026-11-30").json();
        JsonNode document = findDocument(preview);
        assertFalse(document.get("exportedBefore").isNull());
        assertTrue(preview.get("reExported").asLong() >= 1);
        HttpResponse<byte[]> again = download("accounting/export?format=xlsx&from=2026-11-01&to=2026-11-30");
        assertEquals(200, again.statusCode());
        assertTrue(Long.parseLong(again.headers().firstValue("X-Ratecard-Reexported").orElse("0")) >= 1);
    }

    @Test
    public void invoicesList_shouldFlagADocumentExportedBeforeAndOfferTheExport() throws Exception {
        download("accounting/export?format=csv&from=2026-11-01&to=2026-11-30");

        String page = finance.raw("GET", "/plugins/servlet/ratecard/invoices", null).body();

        String row = page.substring(page.indexOf("data-id=\"" + invoiceId + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row, row.contains("Exported "));
        assertTrue(page.contains("id=\"ratecard-accounting-export\"") && page.contains("/rest/ratecard/1.0/accounting/export"));
    }

    @Test
    public void journalCsv_shouldBalanceTheInvoice() throws Exception {
        HttpResponse<byte[]> file = download("accounting/export?format=csv&from=2026-11-01&to=2026-11-30");

        String[] rows = new String(file.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Date,Document,Account,Debit,Credit,Tax code,Currency,Amount,Base amount", rows[0]);
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (int r = 1; r < rows.length; r++) {
            String[] cells = rows[r].split(",", -1);
            if (cells[1].equals(number)) {
                sum = sum.add(new java.math.BigDecimal(cells[7]));
            }
        }
        assertEquals(0, sum.signum());
    }

    @Test
    public void settings_shouldBeChangedAndAudited() throws Exception {
        JsonNode changed = finance.put("accounting/settings", "{\"journalColumns\":[{\"field\":\"DOCUMENT\",\"heading\":\"Beleg\"},"
                + "{\"field\":\"ACCOUNT\",\"heading\":\"Konto\"},{\"field\":\"AMOUNT\",\"heading\":\"Betrag\"}],\"fiscalYearStart\":1}").json();
        assertEquals("Beleg", changed.get("journalColumns").get(0).get("heading").asText());

        assertEquals(3, finance.get("accounting/settings").json().get("journalColumns").size());
        finance.put("accounting/settings", "{\"journalColumns\":[" + defaultColumns() + "]}");
    }

    @Test
    public void badSettings_shouldBeRefusedAndChangeNothing() throws Exception {
        JsonNode before = finance.get("accounting/settings").json();

        RestFixture.Reply reply = finance.put("accounting/settings", "{\"accountLength\":9}");

        assertEquals(400, reply.status());
        assertEquals("accountLength", reply.field());
        assertEquals(before, finance.get("accounting/settings").json());
    }

    @Test
    public void periodOfMoreThanAYear_shouldBeRefused() throws Exception {
        RestFixture.Reply reply = finance.get("accounting/preview?format=csv&from=2026-01-01&to=2027-01-01");

        assertEquals(400, reply.status());
        assertEquals("to", reply.field());
    }

    private static JsonNode findDocument(JsonNode preview) {
        for (JsonNode document : preview.get("documents")) {
            if (document.get("number").asText().equals(number)) {
                return document;
            }
        }
        throw new AssertionError("not in the preview: " + number + " " + preview);
    }

    private static String defaultColumns() {
        return String.join(",", java.util.Arrays.stream(io.github.ratecard.accounting.JournalField.values())
                .map(f -> "{\"field\":\"" + f.name() + "\",\"heading\":\"" + f.defaultHeading() + "\"}").toList());
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rest.url() + "/rest/ratecard/1.0/" + path))
                .header("Cookie", "ratecard.sandbox.user=finance").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The invoice's number as DATEV's document field holds it. */
    private static final class DatevFileNumber {
        static String of(String number) {
            return io.github.ratecard.accounting.DatevFile.documentField(number);
        }
    }
}
