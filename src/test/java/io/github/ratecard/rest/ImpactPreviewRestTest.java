package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.RepricingImpact;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code ?dryRun=true} on the calls that re-price, on the sandbox's priced demo ledger: the preview's
 * figures are what the change then does once its re-pricing ran; a dry run changes nothing (ledger,
 * audit log, job queue) and refuses what the real call refuses.
 */
public class ImpactPreviewRestTest {

    private static RestFixture rest;
    private static RestFixture.Caller finance;

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        rest.sandbox().priceAndSeedDemo();
        rest.sandbox().runJobs();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void newBillRate_previewShouldEqualWhatTheChangeThenDoes() throws Exception {
        String rate = "{\"scope\":\"ACCOUNT\",\"accountKey\":\"ACME\",\"amount\":\"61.25\",\"currency\":\"EUR\",\"validFrom\":\"2026-08-01\"}";
        assertPreviewEqualsChange(() -> finance.post("rates/bill?dryRun=true", rate), () -> finance.post("rates/bill", rate), 201);
    }

    @Test
    public void anotherDefaultAccount_previewShouldEqualWhatTheChangeThenDoes() throws Exception {
        assertPreviewEqualsChange(() -> finance.put("projects/ACMEDEV/accounts/ACME_LABS/default?dryRun=true", ""),
                () -> finance.put("projects/ACMEDEV/accounts/ACME_LABS/default", ""), 200);
    }

    @Test
    public void unlinkingTheOnlyAccount_shouldPreviewTheWorkLosingItsRate() throws Exception {
        JsonNode preview = finance.delete("projects/INI/accounts/INITECH?dryRun=true").json();

        assertTrue(preview.toString(), preview.get("losingRate").asLong() > 0);
        assertEquals(preview.get("repriced").asLong(), preview.get("losingRate").asLong());
        assertEquals("JPY", preview.get("billChange").get(0).get("currency").asText());
        assertTrue(preview.toString(), preview.get("billChange").get(0).get("amount").asText().startsWith("-"));
        assertPreviewEqualsChange(() -> finance.delete("projects/INI/accounts/INITECH?dryRun=true"),
                () -> finance.delete("projects/INI/accounts/INITECH"), 204);
    }

    @Test
    public void dryRun_shouldChangeNeitherLedgerNorAuditLogNorJobQueue() throws Exception {
        List<LedgerEntry> ledger = entries();
        int audit = rest.sandbox().auditRows();
        int jobs = rest.sandbox().jobs().recent(100).size();
        String rates = finance.get("rates/bill?account=GLOBEX").body();

        RestFixture.Reply reply = finance.post("rates/bill?dryRun=true",
                "{\"scope\":\"ACCOUNT\",\"accountKey\":\"GLOBEX\",\"amount\":\"99.00\",\"currency\":\"USD\",\"validFrom\":\"2026-10-01\"}");

        assertEquals(reply.body(), 200, reply.status());
        assertTrue(reply.body(), reply.json().get("repriced").asLong() > 0);
        assertEquals(ledger, entries());
        assertEquals(audit, rest.sandbox().auditRows());
        assertEquals(jobs, rest.sandbox().jobs().recent(100).size());
        assertEquals(rates, finance.get("rates/bill?account=GLOBEX").body());
    }

    @Test
    public void dryRun_shouldRefuseWhatTheRealCallRefuses() throws Exception {
        String overlapping = "{\"scope\":\"ACCOUNT\",\"accountKey\":\"GLOBEX\",\"amount\":\"70.00\",\"currency\":\"USD\","
                + "\"validFrom\":\"2026-05-01\",\"validTo\":\"2026-07-01\"}";
        assertSameRefusal("POST", "rates/bill", overlapping, finance, 400);
        assertSameRefusal("POST", "rates/bill", "{\"scope\":\"ACCOUNT\",\"accountKey\":\"OLDCO\",\"amount\":\"1\",\"currency\":\"EUR\","
                + "\"validFrom\":\"2026-01-01\"}", finance, 409);
        assertSameRefusal("DELETE", "projects/ACMEDEV/accounts/ACME", null, finance, 409);
        assertSameRefusal("DELETE", "rates/999999", null, finance, 404);
        assertSameRefusal("PUT", "projects/GLX/accounts/GLOBEX/default", "", rest.as("agent01"), 403);
        assertSameRefusal("PUT", "accounts/ACME", "{}", rest.as("lead"), 403);
    }

    @Test
    public void dryRunOtherThanTrueOrFalse_shouldBeRefusedNamingDryRunAndChangeNothing() throws Exception {
        String rates = finance.get("rates/bill?account=GLOBEX").body();
        int audit = rest.sandbox().auditRows();
        String rate = "{\"scope\":\"ACCOUNT\",\"accountKey\":\"GLOBEX\",\"amount\":\"98.00\",\"currency\":\"USD\",\"validFrom\":\"2026-10-01\"}";

        for (String mistyped : List.of("1", "yes", "on", "TRUE", "")) {
            RestFixture.Reply reply = finance.post("rates/bill?dryRun=" + mistyped, rate);

            assertEquals(mistyped + ": " + reply.body(), 400, reply.status());
            assertEquals("dryRun", reply.field());
        }
        assertEquals(rates, finance.get("rates/bill?account=GLOBEX").body());
        assertEquals(audit, rest.sandbox().auditRows());
    }

    @Test
    public void dryRunOnACallWithoutPreview_shouldBeRefusedBeforeAnythingChanges() throws Exception {
        String settings = finance.get("settings").body();
        int audit = rest.sandbox().auditRows();
        int jobs = rest.sandbox().jobs().recent(100).size();

        RestFixture.Reply reply = finance.put("settings?dryRun=true", "{\"reportingZone\":\"Pacific/Auckland\"}");

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("dryRun", reply.field());
        assertEquals(settings, finance.get("settings").body());
        assertEquals(audit, rest.sandbox().auditRows());
        assertEquals(jobs, rest.sandbox().jobs().recent(100).size());
    }

    @Test
    public void everyCallThatReadsDryRun_shouldBeMarkedPreviewable() throws Exception {
        for (Class<?> type : RestClasses.all()) {
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                boolean readsDryRun = java.util.Arrays.stream(method.getParameterAnnotations()).flatMap(java.util.Arrays::stream)
                        .anyMatch(a -> a instanceof javax.ws.rs.QueryParam q && q.value().equals("dryRun"));
                assertEquals(type.getSimpleName() + "." + method.getName(), readsDryRun, method.isAnnotationPresent(Previewable.class));
            }
        }
    }

    @Test
    public void issueFieldPreview_shouldCountTheWorkThatWouldLoseItsRateAndChangeNothing() throws Exception {
        String issue = entries().stream().filter(e -> e.projectId() == rest.sandbox().projectId("ACMEDEV") && e.isPriced() && !e.invoiced())
                .map(e -> issueKey(e.issueId())).findFirst().orElseThrow();
        List<LedgerEntry> ledger = entries();
        int audit = rest.sandbox().auditRows();

        JsonNode preview = finance.get("issues/" + issue + "/billing/impact?account=ACME_LABS").json();

        assertTrue(preview.toString(), preview.get("repriced").asLong() > 0);
        assertEquals(ledger, entries());
        assertEquals(audit, rest.sandbox().auditRows());
        assertEquals("account", finance.get("issues/" + issue + "/billing/impact?account=GLOBEX").field());
    }

    @Test
    public void issueFieldPreview_shouldEqualWhatTheEditThenDoes() throws Exception {
        String issue = entries().stream().filter(e -> e.projectId() == rest.sandbox().projectId("ACMEDEV") && e.isPriced() && !e.invoiced())
                .map(e -> issueKey(e.issueId())).reduce((first, last) -> last).orElseThrow();

        assertPreviewEqualsChange(() -> finance.get("issues/" + issue + "/billing/impact?account=ACME_LABS&billable=Non-billable"),
                () -> finance.raw("PUT", "/sandbox/api/issues/" + issue + "/fields", "{\"account\":\"ACME_LABS\",\"billable\":\"Non-billable\"}"), 200);
    }

    @Test
    public void issueFieldPreview_shouldNotTellAnUnknownAccountFromOneNotLinked() throws Exception {
        String unknown = finance.get("issues/ACME-7/billing/impact?account=NOSUCH").json().path("message").asText();
        String unlinked = finance.get("issues/ACME-7/billing/impact?account=GLOBEX").json().path("message").asText();

        assertEquals(unknown.replace("NOSUCH", "GLOBEX"), unlinked);
    }

    private interface Call {
        RestFixture.Reply send() throws Exception;
    }

    private void assertPreviewEqualsChange(Call preview, Call change, int changeStatus) throws Exception {
        List<LedgerEntry> before = entries();
        RestFixture.Reply previewed = preview.send();
        assertEquals(previewed.body(), 200, previewed.status());
        JsonNode document = previewed.json();

        RestFixture.Reply changed = change.send();
        assertEquals(changed.body(), changeStatus, changed.status());
        rest.sandbox().runJobs();
        List<LedgerEntry> after = entries();

        Map<Long, LedgerEntry> now = after.stream().collect(Collectors.toMap(LedgerEntry::worklogId, Function.identity()));
        RepricingImpact.Tally done = new RepricingImpact.Tally();
        before.stream().filter(entry -> !entry.invoiced()).forEach(entry -> done.add(entry, now.get(entry.worklogId())));
        RepricingImpact applied = done.impact();
        assertTrue(document.toString(), applied.repriced() > 0);
        assertEquals(applied.repriced(), document.get("repriced").asLong());
        assertEquals(applied.losingRate(), document.get("losingRate").asLong());
        assertEquals(applied.gainingRate(), document.get("gainingRate").asLong());
        assertEquals(moved(before, after, LedgerEntry::bill), amounts(document.get("billChange")));
        assertEquals(moved(before, after, LedgerEntry::cost), amounts(document.get("costChange")));
    }

    private void assertSameRefusal(String method, String path, String body, RestFixture.Caller caller, int status) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        RestFixture.Reply dry = caller.raw(method, "/rest/ratecard/1.0/" + path + separator + "dryRun=true", body);
        int audit = rest.sandbox().auditRows();
        RestFixture.Reply real = caller.raw(method, "/rest/ratecard/1.0/" + path, body);
        assertEquals(path, status, real.status());
        assertEquals(path, real.status(), dry.status());
        assertEquals(path, real.body(), dry.body());
        assertEquals(audit, rest.sandbox().auditRows());
    }

    /** The change of the ledger's uninvoiced totals per currency, summed here from the rows (not by the preview's code). */
    private static Map<String, String> moved(List<LedgerEntry> before, List<LedgerEntry> after, Function<LedgerEntry, Money> amount) {
        Map<String, Long> totals = new TreeMap<>();
        before.stream().filter(e -> !e.invoiced() && amount.apply(e) != null)
                .forEach(e -> totals.merge(amount.apply(e).currency().getCurrencyCode(), -amount.apply(e).minorUnits(), Long::sum));
        after.stream().filter(e -> !e.invoiced() && amount.apply(e) != null)
                .forEach(e -> totals.merge(amount.apply(e).currency().getCurrencyCode(), amount.apply(e).minorUnits(), Long::sum));
        Map<String, String> nonZero = new TreeMap<>();
        totals.forEach((currency, minor) -> {
            if (minor != 0) {
                nonZero.put(currency, Money.ofMinor(minor, currency).toDecimal().toPlainString());
            }
        });
        return nonZero;
    }

    private static Map<String, String> amounts(JsonNode list) {
        Map<String, String> amounts = new TreeMap<>();
        list.forEach(node -> amounts.put(node.get("currency").asText(), node.get("amount").asText()));
        return amounts;
    }

    private static List<LedgerEntry> entries() {
        return new ArrayList<>(rest.sandbox().ledger().affectedEntries(AffectedWork.everything("test"), 0, 1_000_000));
    }

    private static String issueKey(long issueId) {
        return rest.sandbox().issueKey(issueId);
    }
}
