package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Drafting and issuing with an {@code Idempotency-Key} over HTTP: a repeat with the key, also at
 * the same time, answers the first document; the key with another request is refused. Each test
 * drafts a month of 2027 of its own.
 */
public class RepeatableInvoiceRestTest {

    private static final String KEY = "Idempotency-Key";

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
    public void twoDraftsSentAtOnceWithOneKey_shouldMakeOneDraftAndAnswerItTwice() throws Exception {
        rest.logWork("ACME-11", "agent05", "2027-03-02T09:00:00Z", 3600);
        String month = draftBody("2027-03-01", "2027-03-31");

        List<RestFixture.Reply> replies = atOnce(() -> finance.post("invoices", month, KEY, "draft-march"),
                () -> finance.post("invoices", month, KEY, "draft-march"));

        assertEquals(replies.get(0).body(), 201, replies.get(0).status());
        assertEquals(replies.get(1).body(), 201, replies.get(1).status());
        assertEquals(replies.get(0).json().get("id").asLong(), replies.get(1).json().get("id").asLong());
        assertEquals(1, drafts("2027-03-01", "2027-03-31"));
    }

    @Test
    public void draftSentAgainWithItsKey_shouldAnswerTheFirstDraft() throws Exception {
        rest.logWork("ACME-11", "agent05", "2027-04-02T09:00:00Z", 3600);
        String month = draftBody("2027-04-01", "2027-04-30");
        long first = finance.post("invoices", month, KEY, "draft-april").json().get("id").asLong();

        RestFixture.Reply again = finance.post("invoices", month, KEY, "draft-april");

        assertEquals(201, again.status());
        assertEquals(first, again.json().get("id").asLong());
        assertEquals(1, drafts("2027-04-01", "2027-04-30"));
    }

    @Test
    public void draftsWithoutKey_shouldEachMakeADraft() throws Exception {
        String month = draftBody("2027-05-01", "2027-05-31");
        finance.post("invoices", month);

        finance.post("invoices", month);

        assertEquals(2, drafts("2027-05-01", "2027-05-31"));
    }

    @Test
    public void keySentAgainWithAnotherRequest_shouldBeRefusedNamingTheKey() throws Exception {
        finance.post("invoices", draftBody("2027-06-01", "2027-06-30"), KEY, "reused");

        RestFixture.Reply other = finance.post("invoices", draftBody("2027-06-01", "2027-06-15"), KEY, "reused");

        assertEquals(other.body(), 409, other.status());
        assertEquals(KEY, other.field());
        assertEquals(1, drafts("2027-06-01", "2027-06-30"));
    }

    @Test
    public void issueSentTwiceAtOnceWithOneKey_shouldIssueOnceAndAnswerTheSameNumber() throws Exception {
        rest.logWork("ACME-12", "agent05", "2027-07-02T09:00:00Z", 3600);
        long draft = finance.post("invoices", draftBody("2027-07-01", "2027-07-31")).json().get("id").asLong();

        List<RestFixture.Reply> replies = atOnce(() -> finance.post("invoices/" + draft + "/issue", "{}", KEY, "issue-july"),
                () -> finance.post("invoices/" + draft + "/issue", "{}", KEY, "issue-july"));

        assertEquals(replies.get(0).body(), 200, replies.get(0).status());
        assertEquals(replies.get(1).body(), 200, replies.get(1).status());
        assertEquals(replies.get(0).json().get("number").asText(), replies.get(1).json().get("number").asText());
    }

    @Test
    public void issueSentAgainWithoutKey_shouldStillBeRefusedAsIssued() throws Exception {
        rest.logWork("ACME-12", "agent05", "2027-08-02T09:00:00Z", 3600);
        long draft = finance.post("invoices", draftBody("2027-08-01", "2027-08-31")).json().get("id").asLong();
        finance.post("invoices/" + draft + "/issue", "{}", KEY, "issue-august");

        assertEquals(409, finance.post("invoices/" + draft + "/issue", "{}").status());
    }

    private static String draftBody(String from, String to) {
        return "{\"accountKey\":\"ACME\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    /** How many drafts of Acme bill days in the period. */
    private static int drafts(String from, String to) throws Exception {
        return finance.get("invoices?account=ACME&status=DRAFT&from=" + from + "&to=" + to).json().get("total").asInt();
    }

    @SafeVarargs
    private static List<RestFixture.Reply> atOnce(Callable<RestFixture.Reply>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<RestFixture.Reply>> futures = pool.invokeAll(List.of(calls));
            return List.of(futures.get(0).get(), futures.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
