package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.ws.rs.Path;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * One successful call of every REST resource class over HTTP, with a field of its JSON answer: each resource is built,
 * routed, reads its parameters or body and writes its document. The suite runs it on Jersey 2; the failsafe execution
 * jakarta-rest runs it on the Jira 11 jar with Jersey 3.1 and Jetty 12. A resource class without a row fails.
 */
public class RestRoundTripTest {

    private static final Map<Class<?>, RoundTrip> ROUND_TRIPS = new LinkedHashMap<>();

    private static RestFixture rest;
    private static long worklogId;

    /** A request as one user, the status it answers, and a field of its JSON (a JSON pointer) with the value expected. */
    private record RoundTrip(String user, String method, String path, String body, int status, String pointer, String expected) {
    }

    private static void get(Class<?> resource, String user, String path, String pointer, String expected) {
        ROUND_TRIPS.put(resource, new RoundTrip(user, "GET", path, null, 200, pointer, expected));
    }

    private static void send(Class<?> resource, String user, String method, String path, String body, int status, String pointer,
                             String expected) {
        ROUND_TRIPS.put(resource, new RoundTrip(user, method, path, body, status, pointer, expected));
    }

    static {
        get(StatusResource.class, null, "status", "/app", "Ratecard");
        get(OpenApiResource.class, "agent01", "openapi.json", "/info/title", "Ratecard REST API");
        get(AccountResource.class, "finance", "accounts/ACME", "/name", "Acme Corporation");
        get(AccountInvoicingResource.class, "finance", "accounts/ACME/invoicing", "/accountKey", "ACME");
        get(ClientStatementResource.class, "finance", "accounts/ACME/statement?period=2026-11", "/accountKey", "ACME");
        get(BillingReportResource.class, "finance", "reports/billing?account=ACME&from=2026-11-01&to=2026-11-30", "/subtotal/amount",
                "58.00");
        send(BudgetResource.class, "lead", "POST", "budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"measure\":\"COST\","
                + "\"amount\":\"50000\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}", 201, "/scope/key", "ACME");
        send(ExpenseResource.class, "lead", "POST", "expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"date\":\"2026-11-03\","
                + "\"category\":\"SOFTWARE\",\"amount\":\"120\"}", 201, "/category", "SOFTWARE");
        get(HealthResource.class, "admin", "admin/health", "/eventsReceived", "2");
        send(InvoiceResource.class, "finance", "POST", "invoices", "{\"accountKey\":\"ACME\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\","
                + "\"grouping\":\"ISSUE\"}", 201, "/subtotal/amount", "58.00");
        get(IssueBillingResource.class, "agent01", "issues/ACME-7/billing", "/account", "ACME");
        send(JobResource.class, "admin", "POST", "admin/backfill", null, 202, "/kind", "BACKFILL");
        get(LedgerResource.class, "finance", "issues/ACME-7/ledger", "/entries/0/bill/amount", "58.00");
        get(LevelResource.class, "finance", "levels", "/0/name", "Agent L1");
        send(OverheadResource.class, "finance", "POST", "settings/overhead", "{\"projectKey\":\"ACME\",\"from\":\"2026-01-01\","
                + "\"percent\":\"12.5\"}", 201, "/projectKey", "ACME");
        get(PickerResource.class, "finance", "pickers/accounts?q=acme", "/items/0/label", "Acme Corporation (ACME)");
        get(GadgetResource.class, "agent01", "gadgets/texts", "/texts/budget.title", "Budget burn");
        get(ProjectAccountResource.class, "lead", "projects/ACME/accounts", "/0/accountName", "Acme Corporation");
        get(ProjectCostsResource.class, "lead", "projects/ACME/costs?from=2026-11&to=2026-11", "/total/cost/amount", "25.50");
        get(MarginResource.class, "lead", "insights/margin?from=2026-11&to=2026-11&by=project&project=ACME", "/rows/0/labourCost/amount",
                "25.50");
        get(RateResource.class, "finance", "rates/resolve?user=agent01&project=ACME&date=2026-11-02", "/cost/amount", "25.5");
        get(SettingsResource.class, "finance", "settings", "/baseCurrency", "EUR");
        get(UserLevelResource.class, "finance", "users/agent01/levels", "/0/levelName", "Agent L1");
        get(WorklogOverrideResource.class, "agent05", "worklogs/{worklog}/override", "/entry/authorKey", "agent05");
        get(TimesheetResource.class, "agent05", "timesheets/mine?cadence=WEEK&day=2026-11-04", "/0/secondsPerDay/2026-11-02", "3600");
        send(ApprovalResource.class, "lead", "POST", "approvals/approve", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-04\",\"users\":[\"lead\"]}",
                200, "/0/key", "ratecard.approval.refusal.ownTime");
        get(PeriodResource.class, "finance", "periods?from=2026-05&to=2026-05&project=ACME", "/1/pendingChanges", "1");
        get(HintResource.class, "finance", "insights/hints?state=all", "/uninvoicedDays", "30");
        get(PendingChangeResource.class, "finance", "pending-changes?project=ACME", "/changes/0/kind", "CREATED");
        get(TimesheetSettingsResource.class, "lead", "projects/ACME/timesheet-settings", "/cadence", "WEEK");
        get(CapacityResource.class, "finance", "capacity/people/agent07?from=2026-11-02&to=2026-11-06", "/expectedHours", "20");
        get(UtilisationResource.class, "agent05", "insights/utilisation?from=2026-11&to=2026-11", "/rows/0/loggedHours", "1.00");
        get(ContractResource.class, "lead", "contracts/GLOBEX", "/terms/0/kind", "RETAINER");
        send(SellerEInvoiceResource.class, "finance", "PUT", "settings/einvoice", "{\"iban\":\"DE89370400440532013000\",\"bic\":\"COBADEFFXXX\"}",
                200, "/iban", "DE89370400440532013000");
        get(AccountEInvoiceResource.class, "finance", "accounts/ACME/einvoice", "/accountKey", "ACME");
        send(InvoiceValidationResource.class, "finance", "GET", "invoices/999999/validation", null, 404, "/message", "No invoice 999999");
        send(ExchangeRateResource.class, "finance", "POST", "fx/rates", "{\"base\":\"EUR\",\"quote\":\"CHF\",\"day\":\"2026-11-02\","
                + "\"rate\":\"0.9312\",\"source\":\"test\"}", 201, "/rate", "0.9312");
        send(WebhookResource.class, "finance", "POST", "webhooks/endpoints", "{\"name\":\"ERP\",\"url\":\"https://203.0.113.7/hooks\","
                + "\"events\":[\"invoice.issued\"]}", 201, "/endpoint/secret", "set");
        send(AccountingResource.class, "finance", "PUT", "accounting/settings", "{\"consultantNumber\":29098,\"clientNumber\":55003}", 200,
                "/consultantNumber", "29098");
    }

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        worklogId = rest.logWork("ACME-7", "agent05", "2026-11-02T09:00:00Z", 3600);
        rest.as("finance").post("periods/close", "{\"month\":\"2026-05\",\"projectKey\":\"ACME\"}");
        rest.logWork("ACME-7", "agent05", "2026-05-12T09:00:00Z", 1800);
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void everyResourceClass_shouldHaveARoundTrip() throws Exception {
        Set<String> resources = RestClasses.all().stream().filter(type -> type.isAnnotationPresent(Path.class))
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(resources, ROUND_TRIPS.keySet().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    public void everyResource_shouldAnswerItsRoundTripWithItsDocument() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Class<?>, RoundTrip> entry : ROUND_TRIPS.entrySet()) {
            RoundTrip trip = entry.getValue();
            RestFixture.Caller caller = trip.user() == null ? rest.anonymous() : rest.as(trip.user());
            RestFixture.Reply reply = caller.raw(trip.method(), "/rest/ratecard/1.0/" + trip.path().replace("{worklog}",
                    String.valueOf(worklogId)), trip.body());
            String value = reply.status() == trip.status() ? reply.json().at(trip.pointer()).asText(null) : null;
            if (!trip.expected().equals(value)) {
                wrong.add(entry.getKey().getSimpleName() + ": " + trip.method() + " " + trip.path() + " answered " + reply.status() + " "
                        + reply.body());
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }
}
