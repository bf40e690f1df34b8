package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.InputLimits.Limit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The table of input limits, over HTTP: one row per {@link Limit}, whose largest value is
 * accepted and whose smallest refused value is refused with the field named and the message
 * written in {@code src/docs/limits.md}.
 */
@RunWith(Parameterized.class)
public class InputLimitsTableTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger(1000);

    private static RestFixture rest;
    private static RestFixture.Caller finance;
    private static RestFixture.Caller lead;
    private static long worklogId;
    private static long overridden;
    private static long expenseId;

    /** Sends a request carrying the value under test, given as the table writes it. */
    interface Probe {
        RestFixture.Reply send(String value) throws Exception;
    }

    /** A row: the limit, the field the refusal names, its message, and how to send a value. */
    record Row(Limit limit, String field, String message, Probe probe) {
        @Override
        public String toString() {
            return limit.name();
        }
    }

    @Parameterized.Parameter
    public Row row;

    @Parameterized.Parameters(name = "{0}")
    public static List<Row> rows() {
        return List.of(
                row(Limit.LEVEL_NAME_LENGTH, "name", "A staff level name may have at most 60 characters",
                        v -> finance.post("levels", "{\"name\":\"" + unique(n(v)) + "\"}")),
                row(Limit.LEVEL_DESCRIPTION_LENGTH, "description", "A description may have at most 255 characters",
                        v -> finance.post("levels", "{\"name\":\"" + unique(12) + "\",\"description\":\"" + chars(v) + "\"}")),
                row(Limit.ACCOUNT_KEY_LENGTH, "key", "The account key must be 2 to 20 capital letters, digits or _, starting with a letter, e.g. ACME",
                        v -> finance.post("accounts", account(accountKey(n(v)), "name", "Limits"))),
                row(Limit.ACCOUNT_NAME_LENGTH, "name", "An account name may have at most 100 characters",
                        v -> finance.post("accounts", account(accountKey(8), "name", chars(v)))),
                row(Limit.CUSTOMER_NAME_LENGTH, "customerName", "A customer name may have at most 100 characters",
                        v -> finance.post("accounts", account(accountKey(8), "customerName", chars(v)))),
                row(Limit.INVOICE_PREFIX_LENGTH, "invoicePrefix", "The invoice number prefix must be 1 to 20 letters, digits, - or _",
                        v -> finance.post("accounts", account(accountKey(8), "invoicePrefix", chars(v)))),
                row(Limit.NUMBER_PATTERN_LENGTH, "invoiceNumberPattern", "invoiceNumberPattern needs {prefix} and one {seq:N} (N = 1 to 9 digits),"
                        + " may name {yyyy}, and otherwise holds letters, digits and - _ . / # (at most 40 characters), e.g. {prefix}-{yyyy}-{seq:4}",
                        v -> finance.put("settings", "{\"invoiceNumberPattern\":\"{prefix}-{yyyy}-{seq:4}" + chars(n(v) - 23) + "\"}")),
                row(Limit.SELLER_NAME_LENGTH, "sellerName", "The seller's name has 1 to 100 characters",
                        v -> finance.put("settings", "{\"sellerName\":\"" + chars(v) + "\"}")),
                row(Limit.STREET_LENGTH, "street", "A street has at most 100 characters",
                        v -> finance.put("accounts/ACME/invoicing", "{\"street\":\"" + chars(v) + "\"}")),
                row(Limit.CITY_LENGTH, "city", "A city has at most 100 characters",
                        v -> finance.put("accounts/ACME/invoicing", "{\"city\":\"" + chars(v) + "\"}")),
                row(Limit.POSTAL_CODE_LENGTH, "postalCode", "A postal code has at most 20 characters",
                        v -> finance.put("accounts/ACME/invoicing", "{\"postalCode\":\"" + chars(v) + "\"}")),
                row(Limit.VAT_ID_LENGTH, "vatId", "A VAT number starts with its country code, e.g. DE123456789",
                        v -> finance.put("accounts/ACME/invoicing", "{\"vatId\":\"DE" + "1".repeat(n(v) - 2) + "\"}")),
                row(Limit.OVERRIDE_REASON_LENGTH, "reason", "The reason may have at most 1000 characters",
                        v -> lead.put("worklogs/" + overridden + "/override", "{\"billedSeconds\":1800,\"reason\":\"" + chars(v) + "\"}")),
                row(Limit.EXPENSE_DESCRIPTION_LENGTH, "description", "The description may have at most 500 characters",
                        v -> finance.post("expenses", expense("ACME", "2026-11-05", "10", ",\"description\":\"" + chars(v) + "\""))),
                row(Limit.LINE_TEXT_LENGTH, "text", "A line needs a text of 1 to 450 characters",
                        v -> finance.post("invoices/" + draft() + "/lines", "{\"text\":\"" + chars(v) + "\",\"amount\":\"10\"}")),
                row(Limit.VOID_REASON_LENGTH, "reason", "A void needs a reason of 1 to 255 characters",
                        v -> finance.post("invoices/" + issued() + "/void", "{\"reason\":\"" + chars(v) + "\"}")),
                row(Limit.APPROVAL_REASON_LENGTH, "reason", "The reason may have at most 255 characters",
                        v -> lead.post("approvals/reject", "{\"cadence\":\"WEEK\",\"day\":\"2026-11-04\",\"users\":[\"agent05\"],\"reason\":\""
                                + chars(v) + "\"}")),
                row(Limit.JQL_LENGTH, "jql", "A JQL query has at most 2000 characters",
                        v -> finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-04-01\",\"to\":\"2027-04-30\",\"jql\":\""
                                + jql(n(v)) + "\"}")),
                row(Limit.REQUEST_KEY_LENGTH, "Idempotency-Key", "An Idempotency-Key has 1 to 100 visible ASCII characters, e.g. a UUID",
                        v -> finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-05-01\",\"to\":\"2027-05-31\"}",
                                "Idempotency-Key", unique(n(v)))),
                row(Limit.PICKER_QUERY_LENGTH, "q", "A search may have at most 100 characters", v -> finance.get("pickers/accounts?q=" + chars(v))),
                row(Limit.HINT_REASON_LENGTH, "reason", "The reason may have at most 255 characters",
                        v -> finance.post("insights/hints/" + rest.sandbox().addHint(unique(12)) + "/dismiss", "{\"reason\":\"" + chars(v) + "\"}")),
                row(Limit.HINT_UNINVOICED_DAYS_SIZE, "uninvoicedDays", "uninvoicedDays must be between 1 and 365",
                        v -> finance.put("insights/hints/settings", "{\"uninvoicedDays\":" + v + "}")),
                row(Limit.ADJUSTMENT_REASON_LENGTH, "reason", "An adjustment's reason may have at most 255 characters",
                        v -> finance.post("contracts/GLOBEX/adjustments", "{\"month\":\"2026-06\",\"hours\":\"1\",\"reason\":\"" + chars(v) + "\"}")),
                row(Limit.ADJUSTMENT_HOURS_SIZE, "hours", "hours must be from -100000 to 100000 hours",
                        v -> finance.post("contracts/GLOBEX/adjustments", "{\"month\":\"2026-06\",\"hours\":\"" + v + "\",\"reason\":\"Limit\"}")),
                row(Limit.CONTRACT_THRESHOLD_SIZE, "cap", "A threshold is a percent from 1 to 100",
                        v -> finance.put("contracts/GLOBEX/thresholds", "{\"retainer\":[80],\"cap\":[" + v + "]}")),
                row(Limit.CONTRACT_THRESHOLD_COUNT, "retainer", "At most 4 thresholds",
                        v -> finance.put("contracts/GLOBEX/thresholds", "{\"retainer\":[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, n(v))
                                .mapToObj(i -> String.valueOf(i * 10)).toList()) + "]}")),
                row(Limit.WEBHOOK_NAME_LENGTH, "name", "A webhook endpoint needs a name of 1 to 100 characters",
                        v -> finance.post("webhooks/endpoints", webhook(chars(v), "https://203.0.113.7/hooks", null))),
                row(Limit.WEBHOOK_URL_LENGTH, "url", "A webhook URL has at most 2000 characters",
                        v -> finance.post("webhooks/endpoints", webhook("Limits", "https://203.0.113.7/" + chars(n(v) - 20), null))),
                row(Limit.WEBHOOK_SECRET_LENGTH, "secret", "A webhook secret has 16 to 200 visible ASCII characters; leave it out to have one generated",
                        v -> finance.post("webhooks/endpoints", webhook("Limits", "https://203.0.113.7/hooks", chars(v)))),
                row(Limit.WEBHOOK_DELIVERIES_PAGE_SIZE, "limit", "limit must be between 1 and 200", v -> finance.get("webhooks/deliveries?limit=" + v)),
                row(Limit.DATEV_CONSULTANT_SIZE, "consultantNumber", "The DATEV consultant number is from 1001 to 9999999",
                        v -> finance.put("accounting/settings", "{\"consultantNumber\":" + v + "}")),
                row(Limit.DATEV_CLIENT_SIZE, "clientNumber", "The DATEV client number is from 1 to 99999",
                        v -> finance.put("accounting/settings", "{\"clientNumber\":" + v + "}")),
                row(Limit.ACCOUNT_LENGTH_SIZE, "accountLength", "The G/L account length is from 4 to 8 digits",
                        v -> finance.put("accounting/settings", "{\"accountLength\":" + v + ",\"revenueAccounts\":[{\"taxRate\":\"19\",\"account\":\""
                                + "8".repeat(n(v)) + "\"}],\"defaultDebtorAccount\":\"" + "1".repeat(n(v) + 1) + "\",\"debtorAccounts\":[]}")),
                row(Limit.JOURNAL_HEADING_LENGTH, "journalColumns", "A journal column's heading has 1 to 40 characters",
                        v -> finance.put("accounting/settings", "{\"journalColumns\":[{\"field\":\"DOCUMENT\",\"heading\":\"" + chars(v)
                                + "\"},{\"field\":\"ACCOUNT\",\"heading\":\"Account\"},{\"field\":\"AMOUNT\",\"heading\":\"Amount\"}]}")),
                row(Limit.ACCOUNTING_EXPORTS_PAGE_SIZE, "limit", "limit must be between 1 and 200", v -> finance.get("accounting/exports?limit=" + v)),

                row(Limit.AMOUNT_SIZE, "amount", null, v -> finance.post("expenses", expense("ACME", "2026-11-05", v, ""))),
                row(Limit.HOURLY_RATE_SIZE, "amount", null, v -> finance.post("rates/cost", costRate(v))),
                row(Limit.HOURLY_RATE_SCALE, "amount", null, v -> finance.post("rates/cost", costRate(v))),
                row(Limit.BUDGET_HOURS_SIZE, "hours", null, v -> finance.post("budgets", budget(",\"hours\":" + v))),
                row(Limit.TAX_RATE, "taxRatePercent", "The tax rate must be a percentage from 0 to 100 with at most 2 decimal places",
                        v -> finance.post("accounts", account(accountKey(8), "taxRatePercent", v))),
                row(Limit.MARKUP, "markupPercent", "The mark-up is a percentage from 0 to 1000 with at most two decimals",
                        v -> finance.post("expenses", expense("ACME", "2026-11-05", "10", ",\"billable\":true,\"markupPercent\":\"" + v + "\""))),
                row(Limit.OVERHEAD, "percent", "Overhead is a percentage from 0 to 500 with at most two decimals",
                        v -> finance.post("settings/overhead", "{\"projectKey\":\"ACME\",\"from\":\"" + uniqueDay() + "\",\"percent\":\"" + v + "\"}")),
                row(Limit.THRESHOLD, "thresholds", "Thresholds are percentages from 1 to 1000",
                        v -> finance.post("budgets", budget(",\"amount\":\"100\",\"thresholds\":[" + v + "]"))),
                row(Limit.EXCHANGE_RATE_SCALE, "exchangeRate", "The exchange rate must be above zero with at most 10 decimals",
                        v -> finance.post("invoices/" + draftWithLine() + "/issue", "{\"exchangeRate\":\"" + v + "\"}")),
                row(Limit.BILLED_TIME, "billedSeconds", "Billed time must be between 0 and 604800 seconds",
                        v -> lead.put("worklogs/" + overridden + "/override", "{\"billedSeconds\":" + v + ",\"reason\":\"Limits\"}")),
                row(Limit.INCREMENT, "incrementMinutes", null, v -> finance.post("accounts", account(accountKey(8), "incrementMinutes", v))),
                row(Limit.MINIMUM, "minimumMinutes", null, v -> finance.post("accounts", account(accountKey(8), "minimumMinutes", v))),
                row(Limit.PAYMENT_TERMS, "paymentDays", "Payment terms are 0 to 365 days",
                        v -> finance.put("accounts/ACME/invoicing", "{\"paymentDays\":" + v + "}")),
                row(Limit.UTILISATION_TARGET, "billablePercent", "billablePercent must be from 0 to 100",
                        v -> finance.put("insights/utilisation/targets/" + levelId("Agent L2"), "{\"billablePercent\":\"" + v + "\"}")),

                row(Limit.LAST_DATE, "date", null, v -> finance.post("expenses", expense("ACME", v, "10", ""))),
                row(Limit.FIRST_DATE, "date", null, v -> finance.post("expenses", expense("ACME", v, "10", ""))),
                row(Limit.BUDGET_SPAN, "to", "A budget may span at most 10 years",
                        v -> finance.post("budgets", budget(first(v), last(v), ",\"amount\":\"100\""))),
                row(Limit.INVOICE_PERIOD, "to", "A period may span at most 5 years",
                        v -> finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"" + first(v) + "\",\"to\":\"" + last(v) + "\"}")),
                row(Limit.COST_RANGE, "to", "The range may span at most 10 years",
                        v -> finance.get("projects/ACME/costs?groupBy=USER&from=" + first(v) + "&to=" + last(v))),
                row(Limit.MARGIN_RANGE, "to", "The period may span at most 24 months",
                        v -> finance.get("insights/margin?by=account&from=" + first(v) + "&to=" + last(v))),
                row(Limit.MARGIN_EPIC_RANGE, "to", "By epic the period may span at most 3 months",
                        v -> finance.get("insights/margin?by=epic&project=ACME&from=" + first(v) + "&to=" + last(v))),
                row(Limit.UTILISATION_PERIOD, "to", "A period may span at most 24 months",
                        v -> finance.get("insights/utilisation?from=" + first(v) + "&to=" + last(v))),
                row(Limit.STATEMENT_PERIOD, "period", "period must be from 1970-01 to 2199-12",
                        v -> finance.get("accounts/ACME/statement?period=" + v)),

                row(Limit.THRESHOLD_COUNT, "thresholds", "A budget has at most 20 thresholds",
                        v -> finance.post("budgets", budget(",\"amount\":\"100\",\"thresholds\":[" + numbers(n(v)) + "]"))),
                row(Limit.PROJECT_KEY_COUNT, "projectKeys", null,
                        v -> finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-05-01\",\"to\":\"2027-05-31\",\"projectKeys\":["
                                + String.join(",", Collections.nCopies(n(v), "\"ACME\"")) + "]}")),
                row(Limit.WORKLOG_ID_COUNT, "worklogIds", null, v -> finance.post("invoices/" + draft() + "/exclusions",
                        "{\"worklogIds\":[" + String.join(",", Collections.nCopies(n(v), String.valueOf(worklogId))) + "]}")),
                row(Limit.EXPENSE_ID_COUNT, "expenseIds", null, v -> finance.post("invoices/" + draft() + "/exclusions",
                        "{\"expenseIds\":[" + String.join(",", Collections.nCopies(n(v), String.valueOf(expenseId))) + "]}")),
                row(Limit.MANUAL_LINE_COUNT, "amount", "A draft may have at most 1000 lines of your own", v -> {
                    long draft = draft();
                    rest.fillManualLines(draft, n(v) - 1);
                    return finance.post("invoices/" + draft + "/lines", "{\"text\":\"The last\",\"amount\":\"1\"}");
                }),
                row(Limit.UTILISATION_GROUP_COUNT, "group", "At most 10 groups at a time",
                        v -> finance.get("insights/utilisation?by=team" + groups(n(v)))),
                row(Limit.UTILISATION_GROUP_SIZE, "group", "Group members-2001 has more than 2000 members; the report takes groups of at most 2000 members",
                        v -> {
                            rest.sandbox().addGroup("members-" + v, n(v));
                            return finance.get("insights/utilisation?by=team&group=members-" + v);
                        }),
                row(Limit.EXPENSE_COUNT, "scopeKey", "A project may hold at most 5000 expenses, its issues' included", v -> {
                    String project = v.equals(Limit.EXPENSE_COUNT.largest()) ? "GLX" : "OPS";
                    rest.fillExpenses(project, n(v) - 1);
                    return finance.post("expenses", expense(project, "2026-11-05", "1", ""));
                }),

                row(Limit.ACCOUNTS_PAGE_SIZE, "limit", "limit must be between 1 and 200", v -> finance.get("accounts?limit=" + v)),
                row(Limit.INVOICES_PAGE_SIZE, "limit", "limit must be between 1 and 200", v -> finance.get("invoices?limit=" + v)),
                row(Limit.ENTRIES_PAGE_SIZE, "limit", "limit must be between 1 and 500", v -> finance.get("invoices/" + draft() + "/entries?limit=" + v)),
                row(Limit.LEDGER_PAGE_SIZE, "limit", "limit must be between 1 and 200", v -> finance.get("issues/ACME-7/ledger?limit=" + v)),
                row(Limit.JOBS_PAGE_SIZE, "limit", "limit must be between 1 and 100", v -> finance.get("admin/jobs?limit=" + v)),
                row(Limit.PENDING_CHANGES_PAGE_SIZE, "limit", "limit must be between 1 and 200", v -> finance.get("pending-changes?project=ACME&limit=" + v)),
                row(Limit.PICKER_PAGE_SIZE, "limit", "limit must be between 1 and 20", v -> finance.get("pickers/accounts?q=a&limit=" + v)),
                row(Limit.MARGIN_ENTRIES_PAGE_SIZE, "limit", "limit must be between 1 and 200",
                        v -> finance.get("insights/margin/entries?from=2026-11&to=2026-11&project=ACME&limit=" + v)),

                row(Limit.HOLIDAY_NAME_LENGTH, "name", "A holiday name may have at most 100 characters",
                        v -> finance.post("capacity/holidays", "{\"country\":\"DE\",\"day\":\"" + uniqueDay() + "\",\"name\":\"" + chars(v) + "\"}")),
                row(Limit.ABSENCE_REASON_LENGTH, "reason", "A reason may have at most 255 characters",
                        v -> finance.post("capacity/absences", "{\"userKey\":\"agent05\",\"firstDay\":\"" + uniqueDay() + "\",\"reason\":\"" + chars(v) + "\"}")),
                row(Limit.ABSENCE_SPAN, "lastDay", "An absence spans at most 366 days",
                        v -> finance.post("capacity/absences", "{\"userKey\":\"agent05\",\"firstDay\":\"" + first(v) + "\",\"lastDay\":\"" + last(v) + "\"}")),
                row(Limit.CAPACITY_RANGE, "to", "The range may span at most 731 days",
                        v -> finance.get("capacity/people/agent05?from=" + first(v) + "&to=" + last(v))),
                row(Limit.HOURS_PER_DAY, "hoursPerDay", "Expected hours of a day are between 0 and 24, with at most two decimals",
                        v -> finance.post("capacity/hours", "{\"userKey\":\"agent06\",\"hoursPerDay\":\"" + v + "\",\"validFrom\":\"" + uniqueDay() + "\"}")),
                row(Limit.ICS_SIZE, "file", "An .ics file may have at most 512 KiB",
                        v -> finance.postWithType("capacity/holidays/import?country=DE", "text/calendar", ics(n(v)))),
                row(Limit.FX_RATE_SIZE, "rate", "rate must be above zero and at most 1000000, was: 1000000.0000000001",
                        v -> finance.post("fx/rates", fxRate(v))),
                row(Limit.FX_RATE_SCALE, "rate", "rate may have at most 10 decimals, was: 0.00000000001",
                        v -> finance.post("fx/rates", fxRate(v))),
                row(Limit.FX_SOURCE_LENGTH, "source", "A source may have at most 100 characters",
                        v -> finance.post("fx/rates", "{\"base\":\"EUR\",\"quote\":\"USD\",\"day\":\"" + uniqueDay() + "\",\"rate\":\"1.1\",\"source\":\""
                                + chars(v) + "\"}")),
                row(Limit.FX_CSV_SIZE, "file", "A rates file may have at most 512 KiB",
                        v -> finance.postWithType("fx/rates/import?format=long", "text/csv", ratesFile(1, n(v)))),
                row(Limit.FX_CSV_COUNT, "file", "A rates file may bring at most 20000 rates",
                        v -> finance.postWithType("fx/rates/import?format=long", "text/csv", ratesFile(n(v), 0))),
                row(Limit.FX_RATES_PAGE_SIZE, "limit", "limit must be between 1 and 500", v -> finance.get("fx/rates?limit=" + v)),

                row(Limit.BUYER_REFERENCE_LENGTH, "buyerReference", "A buyer reference has at most 100 characters",
                        v -> finance.put("accounts/ACME/einvoice", "{\"buyerReference\":\"" + chars(v) + "\"}")),
                row(Limit.ORDER_REFERENCE_LENGTH, "orderReference", "An order reference has at most 100 characters",
                        v -> finance.put("accounts/ACME/einvoice", "{\"orderReference\":\"" + chars(v) + "\"}")),
                row(Limit.EXEMPTION_REASON_LENGTH, "exemptionReason", "An exemption reason has at most 255 characters",
                        v -> finance.put("accounts/ACME/einvoice", "{\"vatCategory\":\"E\",\"exemptionReason\":\"" + chars(v) + "\"}")),
                row(Limit.LINE_VAT_RATE, "vatPercent", "A line's VAT rate must be a percentage from 0 to 100 with at most 2 decimal places",
                        v -> finance.post("invoices/" + draft() + "/lines", "{\"text\":\"Handbooks\",\"amount\":\"10\",\"vatCategory\":\"S\","
                                + "\"vatPercent\":\"" + v + "\"}")),
                row(Limit.LINE_VAT_REASON_LENGTH, "vatReason", "An exemption reason has at most 255 characters",
                        v -> finance.post("invoices/" + draft() + "/lines", "{\"text\":\"Exam fees\",\"amount\":\"10\",\"vatCategory\":\"E\","
                                + "\"vatReason\":\"" + chars(v) + "\"}")),
                row(Limit.ENDPOINT_ID_LENGTH, "endpointId", "An electronic address has 1 to 100 characters without spaces",
                        v -> finance.put("accounts/ACME/einvoice", "{\"endpointScheme\":\"EM\",\"endpointId\":\"" + chars(v) + "\"}")),
                row(Limit.CONTACT_NAME_LENGTH, "contactName", "A contact name has at most 100 characters",
                        v -> finance.put("settings/einvoice", "{\"contactName\":\"" + chars(v) + "\"}")),
                row(Limit.CONTACT_PHONE_LENGTH, "contactPhone", "A telephone number has at most 40 characters",
                        v -> finance.put("settings/einvoice", "{\"contactPhone\":\"" + chars(v) + "\"}")),
                row(Limit.CONTACT_EMAIL_LENGTH, "contactEmail", "An e-mail address has at most 254 characters",
                        v -> finance.put("settings/einvoice", "{\"contactEmail\":\"" + chars(n(v) - 12) + "@example.com\"}")),
                row(Limit.IBAN_LENGTH, "iban", "An IBAN is a country code, two check digits and up to 30 letters or digits, e.g. DE89370400440532013000",
                        v -> finance.put("settings/einvoice", "{\"iban\":\"" + iban(n(v)) + "\"}")),

                row(Limit.BODY_SIZE, "body", "The request body may have at most 1048576 bytes", v -> {
                    String json = "{\"name\":\"" + unique(12) + "\"}";
                    return finance.post("levels", json + " ".repeat(n(v) - json.length()));
                }));
    }

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        finance = rest.as("finance");
        lead = rest.as("lead");
        worklogId = rest.logWork("ACME-11", "agent05", "2027-06-02T09:00:00Z", 3600);
        overridden = rest.logWork("ACMEDEV-3", "agent05", "2027-08-02T09:00:00Z", 3000);
        expenseId = finance.post("expenses", expense("ACME", "2027-06-03", "5", "")).json().get("id").asLong();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void largestValue_shouldBeAccepted() throws Exception {
        RestFixture.Reply reply = row.probe.send(row.limit.largest());

        assertTrue(row.limit.largest() + ": " + reply.status() + " " + reply.body(), reply.status() >= 200 && reply.status() < 300);
    }

    @Test
    public void smallestRefusedValue_shouldBeRefusedNamingTheFieldWithTheTablesMessage() throws Exception {
        RestFixture.Reply reply = row.probe.send(row.limit.smallestRefused());

        assertEquals(reply.body(), row.limit == Limit.BODY_SIZE ? 413 : 400, reply.status());
        assertEquals(row.field, reply.field());
        assertEquals(row.message(), reply.json().get("message").asText());
    }

    private static Row row(Limit limit, String field, String message, Probe probe) {
        return new Row(limit, field, message == null ? derivedMessage(limit, field) : message, probe);
    }

    /** The messages that quote the refused value. */
    private static String derivedMessage(Limit limit, String field) {
        String refused = limit.smallestRefused();
        return switch (limit) {
            case AMOUNT_SIZE -> "amount may be at most 1000000000000.00 EUR, was: " + refused;
            case HOURLY_RATE_SIZE -> "The hourly rate may be at most 1000000, was " + refused;
            case HOURLY_RATE_SCALE -> "The hourly rate may have at most 4 decimal places, was " + refused;
            case BUDGET_HOURS_SIZE -> "hours may be at most 10000000, was: " + refused;
            case INCREMENT -> "The billing increment must be between 1 and 60 minutes, was " + refused;
            case MINIMUM -> "The minimum per worklog must be between 0 and 1440 minutes, was " + refused;
            case LAST_DATE, FIRST_DATE -> "date must be between 1970-01-01 and 2199-12-31, was: " + refused;
            default -> field + " may list at most " + limit.largest() + " entries, had " + refused;
        };
    }

    /** The first {@code count} of the sandbox's Jira groups, as {@code &group=} parameters (an eleventh name is made up). */
    private static String groups(int count) {
        List<String> names = List.of("jira-software-users", "team-acme", "team-acmedev", "team-glx", "team-ini", "team-ops", "agents-l1", "agents-l2",
                "team-leads", "jira-administrators", "no-such-group");
        StringBuilder query = new StringBuilder();
        names.subList(0, count).forEach(name -> query.append("&group=").append(name));
        return query.toString();
    }

    /** The id of the sandbox's staff level of that name. */
    private static long levelId(String name) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode level : finance.get("insights/utilisation/targets").json()) {
            if (level.get("levelName").asText().equals(name)) {
                return level.get("levelId").asLong();
            }
        }
        throw new AssertionError("no staff level " + name);
    }

    /** An IBAN of {@code length} characters whose check digits hold. */
    private static String iban(int length) {
        String account = "1".repeat(length - 4);
        java.math.BigInteger number = new java.math.BigInteger(account + "131400");
        int check = 98 - number.mod(java.math.BigInteger.valueOf(97)).intValue();
        return "DE" + String.format("%02d", check) + account;
    }

    private static int n(String value) {
        return Integer.parseInt(value);
    }

    private static String chars(String length) {
        return chars(n(length));
    }

    private static String chars(int length) {
        return "a".repeat(length);
    }

    /** A text of {@code length} characters no other call has sent. */
    private static String unique(int length) {
        String id = "U" + UNIQUE.incrementAndGet();
        return id + chars(length - id.length());
    }

    private static String accountKey(int length) {
        String id = "K" + UNIQUE.incrementAndGet();
        return id + "X".repeat(length - id.length());
    }

    private static String webhook(String name, String url, String secret) {
        return "{\"name\":\"" + name + "\",\"url\":\"" + url + "\",\"events\":[\"invoice.issued\"]" + (secret == null ? "" : ",\"secret\":\"" + secret + "\"")
                + "}";
    }

    private static String uniqueDay() {
        return java.time.LocalDate.parse("2030-01-01").plusDays(UNIQUE.incrementAndGet()).toString();
    }

    private static String account(String key, String field, String value) {
        List<String> parts = new ArrayList<>(List.of("\"key\":\"" + key + "\"", "\"currency\":\"EUR\"", "\"category\":\"BILLABLE\""));
        for (String[] text : new String[][] {{"name", "Limits"}, {"customerName", "Limits"}, {"invoicePrefix", "LIM"}, {"taxRatePercent", "19"}}) {
            parts.add("\"" + text[0] + "\":\"" + (text[0].equals(field) ? value : text[1]) + "\"");
        }
        String increment = field.equals("incrementMinutes") ? value : "15";
        String minimum = field.equals("minimumMinutes") ? value : "0";
        parts.add("\"billedTime\":{\"incrementMinutes\":" + increment + ",\"roundingMode\":\"UP\",\"minimumMinutes\":" + minimum + "}");
        return "{" + String.join(",", parts) + "}";
    }

    private static String expense(String project, String date, String amount, String more) {
        return "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"" + project + "\",\"date\":\"" + date + "\",\"category\":\"VENDOR\",\"amount\":\""
                + amount + "\"" + more + "}";
    }

    private static String costRate(String amount) {
        return "{\"scope\":\"USER\",\"userKey\":\"" + String.format("agent%02d", UNIQUE.incrementAndGet() % 40 + 1) + "\",\"amount\":\"" + amount
                + "\",\"currency\":\"EUR\",\"validFrom\":\"" + uniqueDay() + "\",\"validTo\":\"" + uniqueDay() + "\"}";
    }

    /** A budget over a month no other call has used. */
    private static String budget(String more) {
        java.time.YearMonth month = java.time.YearMonth.of(2040, 1).plusMonths(UNIQUE.incrementAndGet());
        return budget(month.atDay(1).toString(), month.atEndOfMonth().toString(), more);
    }

    private static String budget(String from, String to, String more) {
        return "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"measure\":\"COST\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + more + "}";
    }

    private static String first(String range) {
        return range.split(" to ")[0];
    }

    private static String last(String range) {
        return range.split(" to ")[1];
    }

    /** An iCalendar file of exactly {@code bytes} bytes with one holiday, filled up by a property of its own. */
    private static String ics(int bytes) {
        String head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ratecard//Limits//EN\r\nBEGIN:VEVENT\r\nUID:limits@example.org\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20311003\r\nSUMMARY:Limits day\r\nEND:VEVENT\r\nX-FILL:";
        String tail = "\r\nEND:VCALENDAR\r\n";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    private static String fxRate(String rate) {
        return "{\"base\":\"EUR\",\"quote\":\"GBP\",\"day\":\"" + uniqueDay() + "\",\"rate\":\"" + rate + "\"}";
    }

    /** A long-layout rates file of {@code count} EUR/CHF rates from 2100-01-01 on, filled up to {@code bytes} bytes with empty lines when given. */
    private static String ratesFile(int count, int bytes) {
        StringBuilder file = new StringBuilder("date,base,quote,rate\n");
        java.time.LocalDate first = java.time.LocalDate.parse("2100-01-01");
        for (int i = 0; i < count; i++) {
            file.append(first.plusDays(i)).append(",EUR,CHF,1\n");
        }
        if (bytes > 0) {
            file.append("\n".repeat(bytes - file.length()));
        }
        return file.toString();
    }

    private static String numbers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    private static String jql(int length) {
        String start = "project = ACME AND assignee != \\\"";
        return start + chars(length - start.length()) + "\\\"";
    }

    private static long draft() throws Exception {
        RestFixture.Reply draft = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-06-01\",\"to\":\"2027-06-30\"}");
        assertEquals(draft.body(), 201, draft.status());
        return draft.json().get("id").asLong();
    }

    private static long draftWithLine() throws Exception {
        RestFixture.Reply created = finance.post("invoices", "{\"accountKey\":\"ACME\",\"from\":\"2027-07-01\",\"to\":\"2027-07-31\"}");
        assertEquals(created.body(), 201, created.status());
        long draft = created.json().get("id").asLong();
        assertEquals(201, finance.post("invoices/" + draft + "/lines", "{\"text\":\"Setup\",\"amount\":\"10\"}").status());
        return draft;
    }

    private static long issued() throws Exception {
        long draft = draftWithLine();
        RestFixture.Reply issued = finance.post("invoices/" + draft + "/issue", "{}");
        assertEquals(issued.body(), 200, issued.status());
        return draft;
    }
}
