package io.github.ratecard.smoke;

import io.github.ratecard.rest.RestEndpoints;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.ratecard.sandbox.PluginManagerStandIn;
import io.github.ratecard.sandbox.Sandbox;
import io.github.ratecard.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The smoke test an administrator runs against a test Jira ({@code src/test/smoke/jira-smoke.sh}),
 * run here against the sandbox, which serves the app behind Jira's addresses and plays UPM's
 * plugin resource. The sandbox's credentials: basic authentication as a demo user with any
 * password, or the token {@code sandbox-<user>[+finance]}. Secure administrator sessions are off,
 * as the script asks of a test site ({@code jira.websudo.is.disabled}).
 */
public class JiraSmokeScriptTest {

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static Sandbox sandbox;
    /** The run an administrator who holds Ratecard finance makes, with an issue and its project's id. */
    private static SmokeRun fullRun;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(new SandboxConfig(0, FOLDER.newFolder("sandbox").toPath(), false, 2_000, 42).withoutWebSudo());
        fullRun = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_TOKEN", "sandbox-admin+finance", "RATECARD_SMOKE_ISSUE", "ACME-1",
                "RATECARD_SMOKE_PROJECT_ID", Long.toString(sandbox.projectId("ACME"))));
    }

    @AfterClass
    public static void stop() {
        sandbox.stop();
    }

    @After
    public void enableEveryModule() {
        sandbox.pluginManager().enableAll();
    }

    @Test
    public void administratorWithFinance_shouldPassEveryCheck() {
        assertEquals(fullRun.output(), 0, fullRun.exitCode());
        assertEquals(fullRun.output(), List.of(), fullRun.checksThatDidNot("PASS "));
        assertEquals(fullRun.checks().size() + " passed, 0 failed", fullRun.summary());
        assertThat(fullRun.output(), containsString("PASS page:/browse/ACME-1 200 shows id=\"ratecard-cost-panel\""));
        assertThat(fullRun.output(), containsString("PASS page:/secure/ConfigureReport.jspa?selectedProjectId="));
        assertThat(fullRun.output(), containsString("PASS rest:POST:/levels 400"));
        assertTrue(fullRun.output(), fullRun.output().matches("(?s).*\nPASS rest:GET:/status 200 Ratecard \\d+\\.\\d+\\.\\d+\\S* answers\n.*"));
    }

    @Test
    public void formPostToAChangingEndpoint_shouldBeCheckedAsRefused() {
        assertThat(fullRun.checks(), hasItem("PASS form:POST:/levels 415 a form body is refused"));
    }

    @Test
    public void everyModuleOfTheDescriptor_shouldBeChecked() {
        for (String key : PluginManagerStandIn.Descriptor.read().moduleKeys()) {
            assertThat(fullRun.checks(), hasItem("PASS module:" + key + " 200 enabled"));
        }
    }

    @Test
    public void everyRestMethodOfTheApp_shouldBeRequested() throws Exception {
        List<String> requested = fullRun.checks().stream().map(line -> line.split(" ")[1]).filter(name -> name.startsWith("rest:"))
                .map(name -> name.substring("rest:".length()).replaceFirst("\\?.*", "")).collect(Collectors.toList());

        Set<String> missing = new TreeSet<>();
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.all()) {
            if (requested.stream().noneMatch(endpoint::matches)) {
                missing.add(endpoint.toString());
            }
        }
        // Every POST to it starts a back-fill: the script asks it with GET and expects 405, which shows the resource is there.
        assertEquals("REST methods the smoke test does not request", Set.of("POST /admin/backfill"), missing);
    }

    @Test
    public void passwordWithoutFinance_shouldExpectTheFinanceChecksRefused() throws Exception {
        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_PASSWORD", "any password", "RATECARD_SMOKE_FINANCE", "no",
                "RATECARD_SMOKE_ISSUE", "ACME-1"));

        assertEquals(run.output(), 0, run.exitCode());
        assertEquals(run.output(), List.of(), run.checksThatDidNot("PASS "));
        assertThat(run.checks(), hasItem("PASS rest:GET:/levels 403 as expected (403)"));
        assertThat(run.checks(), hasItem("PASS rest:GET:/admin/health 200 as expected (200)"));
        assertThat(run.checks(), hasItem("PASS health:backfillWrites 200 the back-fill writes its batches by JDBC"));
    }

    @Test
    public void secret_shouldNeverBePrinted() throws Exception {
        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_PASSWORD", "s3cret-Pa55", "RATECARD_SMOKE_FINANCE", "no",
                "RATECARD_SMOKE_ISSUE", "NOPE-1"));

        assertEquals(1, run.exitCode());
        assertThat(run.output(), not(containsString("s3cret-Pa55")));
    }

    @Test
    public void password_shouldReachTheSiteAsBasicAuthenticationExactlyAsGiven() throws Exception {
        String password = "any \"quoted\\ pass:word";

        Set<String> received = authorizationHeadersFor(Map.of("RATECARD_SMOKE_PASSWORD", password, "RATECARD_SMOKE_TOKEN", "ignored"));

        assertEquals(Set.of("Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8))), received);
    }

    @Test
    public void token_shouldReachTheSiteAsBearerAuthentication() throws Exception {
        Set<String> received = authorizationHeadersFor(Map.of("RATECARD_SMOKE_TOKEN", "NjE0OTk5NjA2NDU2OpK+/qv0Bv9rJXy8n4zz"));

        assertEquals(Set.of("Bearer NjE0OTk5NjA2NDU2OpK+/qv0Bv9rJXy8n4zz"), received);
    }

    @Test
    public void disabledModule_shouldFailTheRunNamingIt() throws Exception {
        sandbox.pluginManager().disable("cost-billing-panel");

        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_TOKEN", "sandbox-admin+finance", "RATECARD_SMOKE_ISSUE", "ACME-1"));

        assertEquals(1, run.exitCode());
        assertEquals(List.of("FAIL module:cost-billing-panel 200 disabled: see the module in Manage apps and Jira's log"),
                run.checksThatDidNot("PASS "));
        assertEquals((run.checks().size() - 1) + " passed, 1 failed", run.summary());
    }

    @Test
    public void endpointAnsweringAnotherStatus_shouldFailTheRunNamingIt() throws Exception {
        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_TOKEN", "sandbox-admin", "RATECARD_SMOKE_ISSUE", "ACME-1"));

        assertEquals(1, run.exitCode());
        assertThat(run.checksThatDidNot("PASS "), hasItem(
                "FAIL rest:GET:/levels 403 expected 200: This needs the Ratecard finance permission"));
        assertThat(run.checksThatDidNot("PASS "), hasItem(startsWith("FAIL page:/plugins/servlet/ratecard/rates/levels 403 expected 200: ")));
    }

    @Test
    public void siteWithoutTheApp_shouldFailEveryCheckEvenThoseExpecting404() throws Exception {
        SmokeRun run = SmokeRun.of(sandbox.url() + "/no-jira-here", Map.of("RATECARD_SMOKE_TOKEN", "sandbox-admin+finance",
                "RATECARD_SMOKE_ISSUE", "ACME-1"));

        assertEquals(1, run.exitCode());
        assertThat(run.checks(), hasItem(startsWith("FAIL rest:GET:/levels/0 404 not Ratecard's error answer: ")));
        assertEquals("0 passed, " + run.checks().size() + " failed", run.summary());
    }

    @Test
    public void unknownCredentials_shouldFailEveryCheckAsNotSignedIn() throws Exception {
        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_TOKEN", "not-a-token", "RATECARD_SMOKE_ISSUE", "ACME-1"));

        assertEquals(1, run.exitCode());
        assertThat(run.checks().get(0), containsString("FAIL plugin:io.github.ratecard.ratecard-jira 401 UPM does not list the app: not signed in"));
    }

    @Test
    public void descriptorArgument_shouldBeTheModulesExpected() throws Exception {
        String descriptor;
        try (InputStream in = JiraSmokeScriptTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path withExtraModule = FOLDER.newFile("atlassian-plugin.xml").toPath();
        Files.writeString(withExtraModule, descriptor.replace("</atlassian-plugin>",
                "    <web-item key=\"smoke-extra\" section=\"nowhere\">\n        <label key=\"x\"/>\n    </web-item>\n</atlassian-plugin>"));

        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_TOKEN", "sandbox-admin+finance", "RATECARD_SMOKE_ISSUE", "ACME-1"),
                withExtraModule.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of("FAIL module:smoke-extra 200 not among the app's modules in Jira"), run.checksThatDidNot("PASS "));
    }

    @Test
    public void missingCredentials_shouldStopWithUsageStatus() throws Exception {
        SmokeRun run = SmokeRun.of(sandbox, Map.of("RATECARD_SMOKE_ISSUE", "ACME-1"));

        assertEquals(2, run.exitCode());
        assertThat(run.output(), containsString("Set RATECARD_SMOKE_TOKEN"));
    }

    @Test
    public void scriptModuleList_shouldBeTheDescriptorModules() throws IOException {
        String script = Files.readString(SmokeRun.SCRIPT);
        Matcher list = Pattern.compile("(?s)EXPECTED_MODULES=\"\\n(.*?)\"").matcher(script);
        assertTrue("the script embeds EXPECTED_MODULES", list.find());

        assertEquals(PluginManagerStandIn.Descriptor.read().moduleKeys(), Arrays.asList(list.group(1).strip().split("\\n")));
    }

    /** The Authorization headers of every request of a run against a site that answers 404 to everything. */
    private static Set<String> authorizationHeadersFor(Map<String, String> environment) throws Exception {
        Set<String> received = ConcurrentHashMap.newKeySet();
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            received.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        site.start();
        try {
            SmokeRun run = SmokeRun.of("http://127.0.0.1:" + site.getAddress().getPort(), environment);
            assertEquals(run.output(), 1, run.exitCode());
        } finally {
            site.stop(0);
        }
        return received;
    }
}
