package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.web.RateCardPage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Who may call what: every REST resource method (found by reflection) and every page and panel
 * (found in the descriptor) has a row, and each row's status is asserted for anonymous, an agent,
 * the lead, finance, the administrator and a guest who may browse no project. A new endpoint without a row fails this test. Mutations
 * are sent with bodies that fail validation, so a permitted role gets 400 and nothing changes.
 */
public class PermissionMatrixTest {

    /** The guest is signed in but may browse no project (another team's contractor): to them a project is unknown (404, or 400 in a body). */
    private static final String[] ROLES = {null, "agent01", "lead", "finance", "admin", "guest"};
    private static final String REST = "/rest/ratecard/1.0/";
    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    private static RestFixture rest;
    private static long worklogId;
    private static long budgetId;
    private static long expenseId;

    /** One endpoint: the concrete request sent, and the status for anonymous, agent, lead, finance, admin, guest. */
    private record Row(String method, String path, String body, int... statuses) {
    }

    private static void rest(String endpoint, String path, String body, int... statuses) {
        ROWS.put(endpoint, new Row(endpoint.substring(0, endpoint.indexOf(' ')), REST + path, body, statuses));
    }

    private static void page(String endpoint, String path, int... statuses) {
        ROWS.put(endpoint, new Row("GET", path, null, statuses));
    }

    static {
        //                                                                                     anon agent lead  fin  admin guest
        rest("GET status", "status", null,                                                     200, 200, 200, 200, 200, 200);
        rest("GET openapi.json", "openapi.json", null,                                         401, 200, 200, 200, 200, 200);
        rest("GET accounts", "accounts", null,                                                 401, 403, 403, 200, 403, 403);
        rest("POST accounts", "accounts", "{}",                                                401, 403, 403, 400, 403, 403);
        rest("GET accounts/{key}", "accounts/ACME", null,                                      401, 403, 403, 200, 403, 403);
        rest("PUT accounts/{key}", "accounts/ACME", "{}",                                      401, 403, 403, 400, 403, 403);
        rest("GET accounts/{key}/projects", "accounts/ACME/projects", null,                    401, 403, 403, 200, 403, 403);
        rest("GET accounts/{key}/invoicing", "accounts/ACME/invoicing", null,                  401, 403, 403, 200, 403, 403);
        rest("PUT accounts/{key}/invoicing", "accounts/ACME/invoicing", "{\"country\":\"XX\"}",  401, 403, 403, 400, 403, 403);
        rest("GET accounts/{key}/statement", "accounts/ACME/statement?period=2026-11", null,  401, 403, 200, 200, 403, 403);
        rest("GET admin/health", "admin/health", null,                                         401, 403, 403, 200, 200, 403);
        rest("POST admin/backfill", "admin/backfill", null,                                    401, 403, 403, 403, 202, 403);
        rest("GET admin/jobs", "admin/jobs", null,                                             401, 403, 403, 200, 200, 403);
        rest("GET admin/jobs/{id}", "admin/jobs/999999", null,                                 401, 403, 403, 404, 404, 403);
        rest("POST admin/jobs/{id}/pause", "admin/jobs/999999/pause", null,                    401, 403, 403, 403, 404, 403);
        rest("POST admin/jobs/{id}/resume", "admin/jobs/999999/resume", null,                  401, 403, 403, 403, 404, 403);
        rest("POST admin/jobs/{id}/cancel", "admin/jobs/999999/cancel", null,                  401, 403, 403, 403, 404, 403);
        rest("GET budgets", "budgets?scopeKind=PROJECT&scopeKey=ACME", null,                   401, 403, 200, 200, 403, 404);
        rest("POST budgets", "budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\"}",        401, 403, 400, 400, 403, 400);
        rest("GET budgets/{id}", "budgets/{budget}", null,                                     401, 403, 200, 200, 403, 404);
        rest("PUT budgets/{id}", "budgets/{budget}", "{}",                                     401, 403, 400, 400, 403, 404);
        rest("DELETE budgets/{id}", "budgets/999999", null,                                    401, 404, 404, 404, 404, 404);
        rest("GET budgets/{id}/status", "budgets/{budget}/status?asOf=2026-11-15", null,       401, 403, 200, 200, 403, 404);
        rest("GET budgets/{id}/burn", "budgets/{budget}/burn?asOf=2026-11-15", null,           401, 403, 200, 200, 403, 404);
        rest("GET expenses", "expenses?scopeKind=PROJECT&scopeKey=ACME", null,                 401, 403, 200, 200, 403, 404);
        rest("POST expenses", "expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\"}",      401, 403, 400, 400, 403, 400);
        rest("GET expenses/{id}", "expenses/{expense}", null,                                  401, 403, 200, 200, 403, 404);
        rest("PUT expenses/{id}", "expenses/{expense}", "{}",                                  401, 403, 400, 400, 403, 404);
        rest("DELETE expenses/{id}", "expenses/999999", null,                                  401, 404, 404, 404, 404, 404);
        rest("GET invoices", "invoices", null,                                                 401, 403, 403, 200, 403, 403);
        rest("POST invoices", "invoices", "{}",                                                401, 403, 403, 400, 403, 403);
        rest("GET invoices/{id}", "invoices/999999", null,                                     401, 403, 403, 404, 403, 403);
        rest("DELETE invoices/{id}", "invoices/999999", null,                                  401, 403, 403, 404, 403, 403);
        rest("POST invoices/{id}/refresh", "invoices/999999/refresh", null,                    401, 403, 403, 404, 403, 403);
        rest("GET invoices/{id}/lines", "invoices/999999/lines", null,                         401, 403, 403, 404, 403, 403);
        rest("POST invoices/{id}/lines", "invoices/999999/lines", "{}",                        401, 403, 403, 404, 403, 403);
        rest("PUT invoices/{id}/lines", "invoices/999999/lines", "{}",                         401, 403, 403, 400, 403, 403);
        rest("DELETE invoices/{id}/lines", "invoices/999999/lines", null,                      401, 403, 403, 400, 403, 403);
        rest("GET invoices/{id}/entries", "invoices/999999/entries", null,                     401, 403, 403, 404, 403, 403);
        rest("POST invoices/{id}/exclusions", "invoices/999999/exclusions", "{}",              401, 403, 403, 404, 403, 403);
        rest("POST invoices/{id}/inclusions", "invoices/999999/inclusions", "{}",              401, 403, 403, 404, 403, 403);
        rest("POST invoices/{id}/issue", "invoices/999999/issue", "{}",                        401, 403, 403, 404, 403, 403);
        rest("POST invoices/{id}/void", "invoices/999999/void", "{}",                          401, 403, 403, 400, 403, 403);
        rest("POST invoices/{id}/credit-notes", "invoices/999999/credit-notes", "{}",          401, 403, 403, 400, 403, 403);
        rest("GET invoices/{id}/export", "invoices/999999/export?format=csv", null,            401, 403, 403, 404, 403, 403);
        rest("GET reports/billing", "reports/billing", null,                                   401, 403, 403, 400, 403, 403);
        rest("GET issues/{issueKey}/billing", "issues/ACME-7/billing", null,                   401, 200, 200, 200, 200, 404);
        rest("GET issues/{issueKey}/billing/impact", "issues/ACME-7/billing/impact?account=NOSUCH", null, 401, 403, 400, 400, 403, 404);
        rest("GET issues/{issueKey}/ledger", "issues/ACME-7/ledger", null,                     401, 200, 200, 200, 200, 404);
        rest("GET pickers/users", "pickers/users?q=ana", null,                                 401, 403, 403, 200, 403, 403);
        rest("GET pickers/projects", "pickers/projects?q=acme", null,                          401, 403, 403, 200, 403, 403);
        rest("GET pickers/accounts", "pickers/accounts?q=acme", null,                          401, 403, 403, 200, 403, 403);
        rest("GET pickers/currencies", "pickers/currencies?q=eur", null,                       401, 200, 200, 200, 200, 200);
        rest("GET gadgets/texts", "gadgets/texts", null,                                       401, 200, 200, 200, 200, 200);
        rest("GET levels", "levels", null,                                                     401, 403, 403, 200, 403, 403);
        rest("POST levels", "levels", "{}",                                                    401, 403, 403, 400, 403, 403);
        rest("GET levels/{id}", "levels/999999", null,                                         401, 403, 403, 404, 403, 403);
        rest("PUT levels/{id}", "levels/999999", "{}",                                         401, 403, 403, 404, 403, 403);
        rest("GET levels/{id}/assignments", "levels/999999/assignments", null,                 401, 403, 403, 404, 403, 403);
        rest("POST levels/{id}/assignments", "levels/999999/assignments", "{}",                401, 403, 403, 404, 403, 403);
        rest("DELETE levels/{id}/assignments/{assignmentId}", "levels/999999/assignments/999999", null, 401, 403, 403, 404, 403, 403);
        rest("GET projects/{projectKey}/accounts", "projects/ACME/accounts", null,             401, 403, 200, 200, 403, 404);
        rest("POST projects/{projectKey}/accounts", "projects/ACME/accounts", "{}",            401, 403, 403, 400, 403, 403);
        rest("DELETE projects/{projectKey}/accounts/{accountKey}", "projects/ACME/accounts/NOPE", null, 401, 403, 403, 404, 403, 403);
        rest("PUT projects/{projectKey}/accounts/{accountKey}/default", "projects/ACME/accounts/NOPE/default", null,
                                                                                               401, 403, 403, 404, 403, 403);
        rest("GET projects/{projectKey}/costs", "projects/ACME/costs?from=2026-01&to=2026-12", null, 401, 403, 200, 200, 403, 404);
        rest("GET rates/cost", "rates/cost", null,                                             401, 403, 403, 200, 403, 403);
        rest("GET rates/bill", "rates/bill?account=ACME", null,                                401, 403, 403, 200, 403, 403);
        rest("POST rates/cost", "rates/cost", "{}",                                            401, 403, 403, 400, 403, 403);
        rest("POST rates/bill", "rates/bill", "{}",                                            401, 403, 403, 400, 403, 403);
        rest("GET rates/{id}", "rates/999999", null,                                           401, 403, 403, 404, 403, 403);
        rest("PUT rates/{id}", "rates/999999", "{}",                                           401, 403, 403, 400, 403, 403);
        rest("DELETE rates/{id}", "rates/999999", null,                                        401, 403, 403, 404, 403, 403);
        rest("GET rates/resolve", "rates/resolve?user=agent01&project=ACME&date=2026-11-02", null, 401, 403, 403, 200, 403, 403);
        rest("GET settings", "settings", null,                                                 401, 403, 403, 200, 403, 403);
        rest("PUT settings", "settings", "{\"reportingZone\":\"Mars/Olympus\"}",               401, 403, 403, 400, 403, 403);
        rest("GET settings/overhead", "settings/overhead", null,                               401, 403, 403, 200, 403, 403);
        rest("POST settings/overhead", "settings/overhead", "{}",                              401, 403, 403, 400, 403, 403);
        rest("DELETE settings/overhead/{id}", "settings/overhead/999999", null,                401, 403, 403, 404, 403, 403);
        rest("GET timesheets/mine", "timesheets/mine?cadence=WEEK&day=2026-11-04", null,        401, 200, 200, 200, 200, 200);
        rest("POST timesheets/mine/submit", "timesheets/mine/submit", "{}",                    401, 400, 400, 400, 400, 400);
        rest("GET approvals", "approvals?cadence=WEEK&day=2026-11-04", null,                   401, 200, 200, 200, 200, 200);
        rest("POST approvals/approve", "approvals/approve", "{}",                              401, 400, 400, 400, 400, 400);
        rest("POST approvals/reject", "approvals/reject", "{}",                                401, 400, 400, 400, 400, 400);
        rest("POST approvals/reopen", "approvals/reopen", "{}",                                401, 400, 400, 400, 400, 400);
        rest("GET periods", "periods?from=2026-01&to=2026-12", null,                           401, 403, 403, 200, 403, 403);
        rest("POST periods/close", "periods/close", "{}",                                      401, 403, 403, 400, 403, 403);
        rest("POST periods/reopen", "periods/reopen", "{}",                                    401, 403, 403, 400, 403, 403);
        rest("GET pending-changes", "pending-changes?project=ACME", null,                      401, 403, 403, 200, 403, 403);
        rest("POST pending-changes/{id}/accept", "pending-changes/999999/accept", null,        401, 403, 403, 404, 403, 403);
        rest("POST pending-changes/{id}/flag", "pending-changes/999999/flag", null,            401, 403, 403, 404, 403, 403);
        rest("GET projects/{projectKey}/timesheet-settings", "projects/ACME/timesheet-settings", null, 401, 403, 200, 200, 403, 404);
        rest("PUT projects/{projectKey}/timesheet-settings", "projects/ACME/timesheet-settings", "{}", 401, 403, 400, 400, 403, 404);
        rest("GET users/{userKey}/levels", "users/agent01/levels", null,                       401, 403, 403, 200, 403, 403);
        rest("GET worklogs/{worklogId}/override", "worklogs/{worklog}/override", null,         401, 200, 200, 200, 200, 404);
        rest("PUT worklogs/{worklogId}/override", "worklogs/{worklog}/override", "{\"reason\":\" \"}", 401, 403, 400, 400, 403, 404);
        rest("DELETE worklogs/{worklogId}/override", "worklogs/{worklog}/override", null,      401, 403, 404, 404, 403, 404);
        rest("GET capacity/settings", "capacity/settings", null,                               401, 403, 403, 200, 403, 403);
        rest("PUT capacity/settings", "capacity/settings", "{\"hoursPerDay\":\"25\"}",          401, 403, 403, 400, 403, 403);
        rest("GET capacity/hours", "capacity/hours", null,                                     401, 403, 403, 200, 403, 403);
        rest("POST capacity/hours", "capacity/hours", "{}",                                    401, 403, 403, 400, 403, 403);
        rest("DELETE capacity/hours/{id}", "capacity/hours/999999", null,                      401, 403, 403, 404, 403, 403);
        rest("GET capacity/countries", "capacity/countries", null,                             401, 403, 403, 200, 403, 403);
        rest("PUT capacity/countries/{userKey}", "capacity/countries/agent01", "{\"country\":\"Germany\"}", 401, 403, 403, 400, 403, 403);
        rest("GET capacity/holidays", "capacity/holidays?year=2026", null,                     401, 403, 403, 200, 403, 403);
        rest("POST capacity/holidays", "capacity/holidays", "{}",                              401, 403, 403, 400, 403, 403);
        rest("POST capacity/holidays/import", "capacity/holidays/import?country=X1", null,     401, 403, 403, 400, 403, 403);
        rest("DELETE capacity/holidays/{country}/{day}", "capacity/holidays/XX/2199-12-31", null, 401, 403, 403, 404, 403, 403);
        rest("GET capacity/absences", "capacity/absences?from=2026-10-01&to=2026-10-31", null, 401, 403, 403, 200, 403, 403);
        rest("POST capacity/absences", "capacity/absences", "{}",                              401, 403, 403, 400, 403, 403);
        rest("DELETE capacity/absences/{id}", "capacity/absences/999999", null,                401, 403, 403, 404, 403, 403);
        rest("GET capacity/people/{userKey}", "capacity/people/agent05?from=2026-11-01&to=2026-11-30", null, 401, 403, 200, 200, 403, 403);
        rest("GET fx/rates", "fx/rates?base=EUR&quote=USD", null,                              401, 403, 403, 200, 403, 403);
        rest("POST fx/rates", "fx/rates", "{}",                                                401, 403, 403, 400, 403, 403);
        rest("DELETE fx/rates/{base}/{quote}/{day}", "fx/rates/EUR/USD/2199-12-31", null,      401, 403, 403, 404, 403, 403);
        rest("POST fx/rates/import", "fx/rates/import?format=long", null,                      401, 403, 403, 400, 403, 403);
        rest("GET insights/margin", "insights/margin?from=2026-11&to=2026-11&project=ACME", null, 401, 403, 200, 200, 403, 404);
        rest("GET insights/margin/entries", "insights/margin/entries?from=2026-11&to=2026-11&project=ACME", null,
                                                                                               401, 403, 200, 200, 403, 404);
        rest("GET insights/utilisation", "insights/utilisation?from=2026-11&to=2026-11", null,   401, 200, 200, 200, 200, 200);
        rest("GET insights/utilisation/targets", "insights/utilisation/targets", null,          401, 200, 200, 200, 200, 200);
        rest("PUT insights/utilisation/targets/{levelId}", "insights/utilisation/targets/999999", "{}", 401, 403, 403, 400, 403, 403);
        rest("DELETE insights/utilisation/targets/{levelId}", "insights/utilisation/targets/999999", null, 401, 403, 403, 404, 403, 403);
        rest("GET insights/hints", "insights/hints?project=ACME", null,                         401, 403, 200, 200, 403, 404);
        rest("POST insights/hints/{id}/dismiss", "insights/hints/999999/dismiss", "{}",         401, 404, 404, 404, 404, 404);
        rest("POST insights/hints/run", "insights/hints/run", null,                             401, 403, 403, 202, 403, 403);
        rest("PUT insights/hints/settings", "insights/hints/settings", "{}",                    401, 403, 403, 400, 403, 403);
        rest("GET insights/hints/digest", "insights/hints/digest", null,                        401, 200, 200, 200, 200, 200);
        rest("PUT insights/hints/digest", "insights/hints/digest", "{}",                        401, 400, 400, 400, 400, 400);
        rest("GET contracts/{accountKey}", "contracts/GLOBEX", null,                             401, 403, 200, 200, 403, 403);
        rest("PUT contracts/{accountKey}", "contracts/GLOBEX", "{}",                             401, 403, 403, 400, 403, 403);
        rest("DELETE contracts/{accountKey}", "contracts/ACME", null,                            401, 403, 403, 404, 403, 403);
        rest("POST contracts/{accountKey}/terms", "contracts/GLOBEX/terms", "{}",                401, 403, 403, 400, 403, 403);
        rest("GET contracts/{accountKey}/balance", "contracts/GLOBEX/balance?through=2026-10", null, 401, 403, 200, 200, 403, 403);
        rest("GET contracts/{accountKey}/cap", "contracts/INITECH/cap?through=2026-10", null,    401, 403, 200, 200, 403, 403);
        rest("GET contracts/{accountKey}/schedule", "contracts/ACME_LABS/schedule", null,        401, 403, 200, 200, 403, 403);
        rest("GET contracts/{accountKey}/adjustments", "contracts/GLOBEX/adjustments", null,     401, 403, 200, 200, 403, 403);
        rest("POST contracts/{accountKey}/adjustments", "contracts/GLOBEX/adjustments", "{}",    401, 403, 403, 400, 403, 403);
        rest("GET contracts/{accountKey}/thresholds", "contracts/GLOBEX/thresholds", null,       401, 403, 200, 200, 403, 403);
        rest("PUT contracts/{accountKey}/thresholds", "contracts/GLOBEX/thresholds", "{\"cap\":[0]}", 401, 403, 403, 400, 403, 403);
        rest("GET webhooks/endpoints", "webhooks/endpoints", null,                               401, 403, 403, 200, 403, 403);
        rest("POST webhooks/endpoints", "webhooks/endpoints", "{}",                              401, 403, 403, 400, 403, 403);
        rest("GET webhooks/endpoints/{id}", "webhooks/endpoints/999999", null,                   401, 403, 403, 404, 403, 403);
        rest("PUT webhooks/endpoints/{id}", "webhooks/endpoints/999999", "{}",                   401, 403, 403, 404, 403, 403);
        rest("DELETE webhooks/endpoints/{id}", "webhooks/endpoints/999999", null,                401, 403, 403, 404, 403, 403);
        rest("POST webhooks/endpoints/{id}/secret", "webhooks/endpoints/999999/secret", "{}",    401, 403, 403, 404, 403, 403);
        rest("POST webhooks/endpoints/{id}/ping", "webhooks/endpoints/999999/ping", null,        401, 403, 403, 404, 403, 403);
        rest("GET webhooks/deliveries", "webhooks/deliveries?limit=10", null,                    401, 403, 403, 200, 403, 403);
        rest("POST webhooks/deliveries/{id}/resend", "webhooks/deliveries/999999/resend", null,  401, 403, 403, 404, 403, 403);
        rest("GET webhooks/settings", "webhooks/settings", null,                                 401, 403, 403, 200, 200, 403);
        rest("PUT webhooks/settings", "webhooks/settings", "{}",                                 401, 403, 403, 403, 400, 403);
        rest("GET accounting/settings", "accounting/settings", null,                             401, 403, 403, 200, 403, 403);
        rest("PUT accounting/settings", "accounting/settings", "{\"accountLength\":9}",        401, 403, 403, 400, 403, 403);
        rest("GET accounting/preview", "accounting/preview?format=csv&from=2026-11-01&to=2026-11-30", null,
                                                                                               401, 403, 403, 200, 403, 403);
        rest("GET accounting/export", "accounting/export?format=csv&from=2026-11-01&to=2026-10-30", null,
                                                                                               401, 403, 403, 400, 403, 403);
        rest("GET accounting/exports", "accounting/exports?limit=10", null,                      401, 403, 403, 200, 403, 403);
        rest("GET settings/einvoice", "settings/einvoice", null,                                401, 403, 403, 200, 403, 403);
        rest("PUT settings/einvoice", "settings/einvoice", "{\"iban\":\"DE00\"}",                 401, 403, 403, 400, 403, 403);
        rest("GET accounts/{key}/einvoice", "accounts/ACME/einvoice", null,                     401, 403, 403, 200, 403, 403);
        rest("PUT accounts/{key}/einvoice", "accounts/ACME/einvoice", "{\"vatCategory\":\"X\"}",  401, 403, 403, 400, 403, 403);
        rest("GET invoices/{id}/validation", "invoices/999999/validation", null,                401, 403, 403, 404, 403, 403);

        page("page /ratecard/admin", "/plugins/servlet/ratecard/admin",                        302, 403, 403, 403, 200, 403);
        page("page /ratecard/budgets", "/plugins/servlet/ratecard/budgets?project=ACME",      302, 403, 200, 200, 403, 404);
        page("page /ratecard/invoices", "/plugins/servlet/ratecard/invoices",                  302, 403, 403, 200, 403, 403);
        page("page /ratecard/statement", "/plugins/servlet/ratecard/statement?account=ACME&period=2026-11", 302, 403, 200, 200, 403, 403);
        page("page /ratecard/rates/levels", "/plugins/servlet/ratecard/rates/levels",          302, 403, 403, 200, 403, 403);
        page("page /ratecard/rates/cost", "/plugins/servlet/ratecard/rates/cost",              302, 403, 403, 200, 403, 403);
        page("page /ratecard/rates/accounts", "/plugins/servlet/ratecard/rates/accounts",      302, 403, 403, 200, 403, 403);
        page("page /ratecard/rates/bill", "/plugins/servlet/ratecard/rates/bill",              302, 403, 403, 200, 403, 403);
        page("page /ratecard/rates/ledger", "/plugins/servlet/ratecard/rates/ledger",          302, 403, 403, 200, 200, 403);
        page("page /ratecard/timesheet", "/plugins/servlet/ratecard/timesheet",                302, 200, 200, 200, 200, 200);
        page("page /ratecard/approvals", "/plugins/servlet/ratecard/approvals",                302, 200, 200, 200, 200, 200);
        page("page /ratecard/periods", "/plugins/servlet/ratecard/periods",                    302, 403, 403, 200, 403, 403);
        page("page /ratecard/capacity", "/plugins/servlet/ratecard/capacity",                  302, 403, 403, 200, 403, 403);
        page("page /ratecard/fx", "/plugins/servlet/ratecard/fx",                              302, 403, 403, 200, 403, 403);
        page("page /ratecard/contracts", "/plugins/servlet/ratecard/contracts?account=GLOBEX",   302, 403, 403, 200, 403, 403);
        page("page /ratecard/insights/margin", "/plugins/servlet/ratecard/insights/margin?from=2026-11&to=2026-11&project=ACME",
                                                                                               302, 403, 200, 200, 403, 404);
        page("page /ratecard/insights/utilisation", "/plugins/servlet/ratecard/insights/utilisation", 302, 200, 200, 200, 200, 200);
        page("page /ratecard/insights/hints", "/plugins/servlet/ratecard/insights/hints?project=ACME", 302, 403, 200, 200, 403, 404);
        page("page /ratecard/webhooks", "/plugins/servlet/ratecard/webhooks",                  302, 403, 403, 200, 403, 403);
        page("page /ratecard/accounting-settings", "/plugins/servlet/ratecard/accounting-settings", 302, 403, 403, 200, 403, 403);
        page("panel cost-billing-panel", "/browse/ACME-7",                                     302, 200, 200, 200, 200, 404);
    }

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        worklogId = rest.logWork("ACME-7", "agent05", "2026-11-02T09:00:00Z", 3600);
        budgetId = rest.as("lead").post("budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"measure\":\"COST\","
                + "\"amount\":\"50000\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}").json().get("id").asLong();
        expenseId = rest.as("lead").post("expenses", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\",\"date\":\"2026-11-03\","
                + "\"category\":\"SOFTWARE\",\"amount\":\"120\"}").json().get("id").asLong();
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void everyRestMethodAndPage_shouldHaveARow() throws Exception {
        Set<String> endpoints = new TreeSet<>(restEndpoints());
        endpoints.addAll(descriptorPages());

        assertEquals(endpoints, new TreeSet<>(ROWS.keySet()));
    }

    @Test
    public void everyRole_shouldGetTheStatusItsRowSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Row> entry : ROWS.entrySet()) {
            Row row = entry.getValue();
            for (int r = 0; r < ROLES.length; r++) {
                int status = call(ROLES[r], row).status();
                if (status != row.statuses()[r]) {
                    wrong.add(entry.getKey() + " as " + (ROLES[r] == null ? "anonymous" : ROLES[r]) + ": " + status
                            + " instead of " + row.statuses()[r]);
                }
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }

    @Test
    public void userWhoMayNotBrowseAProject_shouldGetTheSameAnswerForItAsForAnUnknownKey() throws Exception {
        RestFixture.Caller guest = rest.as("guest");
        for (String path : new String[] {"projects/%s/costs?from=2026-01&to=2026-12", "projects/%s/accounts", "budgets?scopeKind=PROJECT&scopeKey=%s",
                "expenses?scopeKind=PROJECT&scopeKey=%s"}) {
            RestFixture.Reply real = guest.get(String.format(path, "ACME"));
            RestFixture.Reply unknown = guest.get(String.format(path, "NOPE"));

            assertEquals(path, unknown.status(), real.status());
            assertEquals(path, unknown.json().get("message").asText().replace("NOPE", "ACME"), real.json().get("message").asText());
        }
        RestFixture.Reply real = guest.post("budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"ACME\"}");
        RestFixture.Reply unknown = guest.post("budgets", "{\"scopeKind\":\"PROJECT\",\"scopeKey\":\"NOPE\"}");
        assertEquals(unknown.status(), real.status());
        assertEquals(unknown.field(), real.field());
    }

    @Test
    public void costFigures_shouldNeverReachAUserWithoutViewCosts() throws Exception {
        for (String role : new String[] {"agent01", "admin", "guest"}) {
            for (Map.Entry<String, Row> entry : ROWS.entrySet()) {
                Row row = entry.getValue();
                // the OpenAPI document names the cost fields (their schemas), it holds no figure
                if (!row.method().equals("GET") || entry.getKey().equals("GET openapi.json")) {
                    continue;
                }
                RestFixture.Reply reply = call(role, row);
                if (reply.status() != 200) {
                    continue;
                }
                if (row.path().startsWith(REST)) {
                    assertFalse(entry.getKey() + " shows " + role + " a cost: " + reply.body(), hasCost(reply.json()));
                } else {
                    assertFalse(entry.getKey() + " shows " + role + " a cost", reply.body().contains("ratecard-panel-cost"));
                }
            }
        }
        assertTrue("the lead, who has View costs, sees the cost", call("lead", ROWS.get("panel cost-billing-panel")).body()
                .contains("ratecard-panel-cost"));
    }

    /**
     * Every REST row ({@code GET levels/{id}}) with the status each role gets, by the role's name (anonymous, agent, lead,
     * finance, admin, guest): the OpenAPI document states these ({@code x-ratecard-access}) and {@link OpenApiDocumentTest} checks it.
     */
    static Map<String, Map<String, Integer>> restStatuses() {
        Map<String, Map<String, Integer>> statuses = new LinkedHashMap<>();
        ROWS.forEach((endpoint, row) -> {
            if (row.path().startsWith(REST)) {
                Map<String, Integer> byRole = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.length; r++) {
                    byRole.put(ROLES[r] == null ? "anonymous" : ROLES[r].replaceAll("\\d+$", ""), row.statuses()[r]);
                }
                statuses.put(endpoint, byRole);
            }
        });
        return statuses;
    }

    /**
     * The roles a row does not refuse, in the columns' order: the callers the OpenAPI document names. Refused are 401, 403,
     * and 404 where another role got through (2xx or 400): the object is hidden from that role, not missing.
     */
    static List<String> callers(Map<String, Integer> statuses) {
        boolean someoneThrough = statuses.values().stream().anyMatch(status -> status < 300 || status == 400);
        List<String> callers = new ArrayList<>();
        statuses.forEach((role, status) -> {
            if (status != 401 && status != 403 && !(status == 404 && someoneThrough)) {
                callers.add(role);
            }
        });
        return callers;
    }

    private static RestFixture.Reply call(String role, Row row) throws Exception {
        RestFixture.Caller caller = role == null ? rest.anonymous() : rest.as(role);
        return caller.raw(row.method(), row.path().replace("{worklog}", String.valueOf(worklogId))
                .replace("{budget}", String.valueOf(budgetId)).replace("{expense}", String.valueOf(expenseId)), row.body());
    }

    /** Whether any cost field ({@code cost…} or {@code …Cost}, not a status such as MISSING_COST_RATE) holds a value. */
    private static boolean hasCost(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasCost(item)) {
                    return true;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            boolean named = field.getKey().startsWith("cost") || field.getKey().endsWith("Cost");
            if ((named && !field.getValue().isNull() && !(field.getValue().isArray() && field.getValue().isEmpty())) || hasCost(field.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** "METHOD path" of every resource method of the REST package, found by reflection. */
    private static Set<String> restEndpoints() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        RestEndpoints.all().forEach(endpoint -> endpoints.add(endpoint.verb() + " " + endpoint.template()));
        return endpoints;
    }

    /** Every page the descriptor's servlets serve (one per rate-card page under a wildcard) and every web panel. */
    private static Set<String> descriptorPages() throws Exception {
        String descriptor;
        try (InputStream in = PermissionMatrixTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> pages = new TreeSet<>();
        Matcher patterns = Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(descriptor);
        while (patterns.find()) {
            String pattern = patterns.group(1).trim();
            if (pattern.endsWith("/*")) {
                for (RateCardPage page : RateCardPage.values()) {
                    pages.add("page " + pattern.substring(0, pattern.length() - 1) + page.path());
                }
            } else {
                pages.add("page " + pattern);
            }
        }
        Matcher panels = Pattern.compile("<web-panel key=\"([^\"]+)\"").matcher(descriptor);
        while (panels.find()) {
            pages.add("panel " + panels.group(1));
        }
        return pages;
    }
}
