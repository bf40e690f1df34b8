package io.github.ratecard.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The sandbox serves the app over HTTP, as the README's run command does (on a free port, with less demo data). */
public class SandboxTest {

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;
    private static SandboxClient anonymous;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(new SandboxConfig(0, FOLDER.getRoot().toPath(), false, 2_000, 42));
        anonymous = SandboxClient.anonymous(sandbox);
    }

    @AfterClass
    public static void stop() {
        sandbox.stop();
    }

    @Test
    public void statusResource_shouldAnswerJsonToAnyone() throws Exception {
        HttpResponse<String> response = anonymous.get("/rest/ratecard/1.0/status");

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("application/json"));
        JsonNode status = JSON.readTree(response.body());
        assertEquals("Ratecard", status.get("app").asText());
        assertEquals("1.0", status.get("api").asText());
        assertTrue(status.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"));
    }

    @Test
    public void homePage_shouldListTheFiveDemoProjects() throws Exception {
        HttpResponse<String> response = anonymous.get("/");

        assertEquals(200, response.statusCode());
        for (String key : new String[] {"ACME", "ACMEDEV", "GLX", "INI", "OPS"}) {
            assertThat(response.body(), containsString("<td><a href=\"/browse/" + key + "-1\" title=\"Open the project's first issue\">" + key + "</a></td>"));
        }
        assertTrue(response.body().matches("(?s).*>\\d{1},\\d{3} worklogs in all\\..*"));
    }

    @Test
    public void unknownPath_shouldAnswer404InsideTheFrame() throws Exception {
        HttpResponse<String> response = anonymous.get("/no/such/page");

        assertEquals(404, response.statusCode());
        assertThat(response.body(), containsString("<h1>Page not found</h1>"));
    }

    @Test
    public void createdWorklog_shouldBeStoredAndReachTheIntake() throws Exception {
        long before = sandbox.intake().received();

        HttpResponse<String> created = anonymous.postJson("/sandbox/api/worklogs",
                "{\"issue\":\"GLX-3\",\"author\":\"agent05\",\"started\":\"2026-11-02T09:00:00Z\",\"timeSpentSeconds\":5400}");

        assertEquals(201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();
        JsonNode read = JSON.readTree(anonymous.get("/sandbox/api/worklogs/" + id).body());
        assertEquals("GLX", read.get("project").asText());
        assertEquals(5400, read.get("timeSpentSeconds").asLong());
        assertEquals(before + 1, sandbox.intake().received());
    }

    @Test
    public void createdWorklog_shouldBePricedIntoTheLedgerThroughTheListenerPath() throws Exception {
        long id = JSON.readTree(anonymous.postJson("/sandbox/api/worklogs",
                "{\"issue\":\"ACME-5\",\"author\":\"agent05\",\"started\":\"2026-11-02T09:00:00Z\",\"timeSpentSeconds\":3600}").body())
                .get("id").asLong();

        io.github.ratecard.ledger.LedgerEntry entry = sandbox.ledger().stored(id).orElseThrow().entry().orElseThrow();
        assertEquals(io.github.ratecard.ledger.PricingStatus.PRICED, entry.status());
        assertEquals("ACME", entry.accountKey());
        assertEquals(io.github.ratecard.money.Money.parse("58.00", "EUR"), entry.bill());
        assertEquals(io.github.ratecard.money.Money.parse("25.50", "EUR"), entry.cost());

        anonymous.delete("/sandbox/api/worklogs/" + id);
        assertTrue(sandbox.ledger().stored(id).orElseThrow().deletedAt().isPresent());
    }

    @Test
    public void editedAndDeletedWorklogs_shouldReachTheIntake() throws Exception {
        long id = JSON.readTree(anonymous.postJson("/sandbox/api/worklogs",
                "{\"issue\":\"INI-1\",\"author\":\"agent03\",\"started\":\"2026-11-03T10:00:00Z\",\"timeSpentSeconds\":600}").body())
                .get("id").asLong();
        long before = sandbox.intake().received();

        assertEquals(200, anonymous.putJson("/sandbox/api/worklogs/" + id,
                "{\"started\":\"2026-11-03T10:00:00Z\",\"timeSpentSeconds\":1200}").statusCode());
        assertEquals(204, anonymous.delete("/sandbox/api/worklogs/" + id).statusCode());

        assertEquals(before + 2, sandbox.intake().received());
        assertEquals(404, anonymous.get("/sandbox/api/worklogs/" + id).statusCode());
    }

    @Test
    public void worklogWithBadInput_shouldBeRejectedNamingTheFieldAndChangeNothing() throws Exception {
        String before = anonymous.get("/").body();
        long received = sandbox.intake().received();

        HttpResponse<String> response = anonymous.postJson("/sandbox/api/worklogs",
                "{\"issue\":\"ACME-1\",\"author\":\"agent01\",\"started\":\"2026-11-02T09:00:00Z\",\"timeSpentSeconds\":-60}");

        assertEquals(400, response.statusCode());
        assertEquals("timeSpentSeconds", JSON.readTree(response.body()).get("field").asText());
        assertEquals(received, sandbox.intake().received());
        assertEquals(before, anonymous.get("/").body());
    }

    @Test
    public void worklogOnUnknownIssue_shouldBeRejected() throws Exception {
        HttpResponse<String> response = anonymous.postJson("/sandbox/api/worklogs",
                "{\"issue\":\"NOPE-1\",\"author\":\"agent01\",\"started\":\"2026-11-02T09:00:00Z\",\"timeSpentSeconds\":60}");

        assertEquals(400, response.statusCode());
        assertEquals("issue", JSON.readTree(response.body()).get("field").asText());
    }

    @Test
    public void createdIssue_shouldTakeTheNextKeyOfItsProject() throws Exception {
        HttpResponse<String> response = anonymous.postJson("/sandbox/api/issues",
                "{\"project\":\"OPS\",\"summary\":\"Rotate the on-call list\",\"assignee\":\"agent10\"}");

        assertEquals(201, response.statusCode());
        assertEquals("OPS-61", JSON.readTree(response.body()).get("key").asText());
    }

    @Test
    public void adminPage_shouldSendAnonymousVisitorsToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = anonymous.get("/plugins/servlet/ratecard/admin");

        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""),
                containsString("login=required&returnTo=%2Fplugins%2Fservlet%2Fratecard%2Fadmin"));
    }

    @Test
    public void adminPage_shouldBeForbiddenToAnAgentInsideTheFrameWithAWayBack() throws Exception {
        HttpResponse<String> response = anonymous.as("agent01").get("/plugins/servlet/ratecard/admin");

        assertEquals(403, response.statusCode());
        assertThat(response.body(), containsString("class=\"sb-header\""));
        assertThat(response.body(), containsString("<h1>You cannot open this page</h1>"));
        assertThat(response.body(), containsString("id=\"ratecard-error-back\" href=\"/\""));
        assertThat(response.body(), not(containsString("HTTP ERROR")));
        assertThat(response.body(), not(containsString("Servlet")));
    }

    @Test
    public void unknownIssue_shouldBeAFramed404ForAGuest() throws Exception {
        HttpResponse<String> response = anonymous.get("/browse/NOPE-1");

        assertEquals(404, response.statusCode());
        assertThat(response.body(), containsString("class=\"sb-header\""));
        assertThat(response.body(), containsString("<h1>Issue does not exist</h1>"));
        assertThat(response.body(), containsString("id=\"sb-back\" href=\"/\""));
    }

    @Test
    public void everyPage_shouldLoadAuiAfterTheJQueryItNeedsAndBeforeTheAppsStyles() throws Exception {
        assumeAuiDownloaded();
        String page = anonymous.get("/").body();

        int aui = page.indexOf("<link rel=\"stylesheet\" href=\"/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.css\">");
        int shell = page.indexOf("/sandbox/static/shell.css");
        int jquery = page.indexOf("<script src=\"/download/resources/com.atlassian.plugins.jquery:jquery/jquery.min.js\"></script>");
        int auiScript = page.indexOf("<script src=\"/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.js\"></script>");
        assertTrue(page, aui > 0 && aui < shell);
        assertTrue(page, jquery > 0 && jquery < auiScript);
    }

    @Test
    public void auiStylesheet_shouldBeServedAsCss() throws Exception {
        assumeAuiDownloaded();
        HttpResponse<String> response = anonymous.get("/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.css");

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("text/css"));
        assertThat(response.body(), containsString(".aui-lozenge"));
    }

    @Test
    public void auiFolder_shouldServeNothingOutsideIt() throws Exception {
        HttpResponse<String> response = anonymous.get("/download/resources/com.atlassian.auiplugin:ajs/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/pom.xml");

        assertTrue(String.valueOf(response.statusCode()), response.statusCode() >= 400);
        assertThat(response.body(), not(containsString("<artifactId>")));
    }

    /** Where the build could not download AUI (offline) the sandbox runs without it; on CI the download is required. */
    private static void assumeAuiDownloaded() {
        if (!"true".equals(System.getenv("CI"))) {
            org.junit.Assume.assumeTrue("AUI is not under target/aui", AuiAssets.fromSystemProperties().available());
        }
    }

    @Test
    public void adminPage_shouldShowTheVersionInsideTheJiraLikeShell() throws Exception {
        HttpResponse<String> response = anonymous.as("admin").inSecureSession().get("/plugins/servlet/ratecard/admin");

        assertEquals(200, response.statusCode());
        assertThat(response.body(), containsString("<title>Ratecard overview - Ratecard sandbox</title>"));
        assertThat(response.body(), containsString("class=\"sb-header\""));
        assertThat(response.body(), containsString("/download/resources/io.github.ratecard.ratecard-jira:ratecard-resources/ratecard.css"));
        assertThat(response.body(), not(containsString("<meta name=\"decorator\"")));
    }

    @Test
    public void adminPage_shouldSpeakGermanWhenAskedTo() throws Exception {
        HttpResponse<String> response = anonymous.as("admin").inGerman().inSecureSession().get("/plugins/servlet/ratecard/admin");

        assertThat(response.body(), containsString("Ratecard-\u00dcbersicht"));
    }

    @Test
    public void webResources_shouldBeServedUnderJirasDownloadUrl() throws Exception {
        HttpResponse<String> css = anonymous.get("/download/resources/io.github.ratecard.ratecard-jira:ratecard-resources/ratecard.css");

        assertEquals(200, css.statusCode());
        assertThat(css.body(), containsString(".ratecard-money"));
        assertEquals(404, anonymous.get("/download/resources/io.github.ratecard.ratecard-jira:ratecard-resources/..%2Fpom.xml").statusCode());
    }
}
