package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The admin pages and the REST calls behind them ask a Jira administrator for a secure administrator
 * session (Jira's WebSudo), which the sandbox opens on its password prompt: the page sends the
 * administrator there and back, the REST calls answer 401 until then.
 */
public class SecureAdminSessionRestTest {

    private static final String ADMIN_PAGE = "/plugins/servlet/ratecard/admin";

    private static RestFixture rest;
    private static RestFixture.Caller adminWithoutSession;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeClass
    public static void start() throws Exception {
        rest = new RestFixture();
        adminWithoutSession = rest.withoutSecureSession("admin");
    }

    @AfterClass
    public static void stop() throws Exception {
        rest.close();
    }

    @Test
    public void adminPage_shouldSendAnAdministratorWithoutSecureSessionToThePasswordPrompt() throws Exception {
        HttpResponse<String> page = send(request(ADMIN_PAGE, "ratecard.sandbox.user=admin").GET());

        assertEquals(302, page.statusCode());
        String location = page.headers().firstValue("Location").orElse("");
        assertTrue(location, location.endsWith("/sandbox/websudo?returnTo=%2Fplugins%2Fservlet%2Fratecard%2Fadmin"));
    }

    @Test
    public void passwordPrompt_shouldOpenNoSessionForAWrongPassword() throws Exception {
        HttpResponse<String> prompt = confirm("not-the-password");

        assertEquals(401, prompt.statusCode());
        assertTrue(prompt.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(prompt.body().contains("That password is not right"));
    }

    @Test
    public void confirmedPassword_shouldOpenTheAdminPageAndItsRestCalls() throws Exception {
        HttpResponse<String> confirmed = confirm("admin");
        assertEquals(302, confirmed.statusCode());
        assertTrue(confirmed.headers().firstValue("Location").orElse("").endsWith(ADMIN_PAGE));
        String setCookie = confirmed.headers().firstValue("Set-Cookie").orElseThrow();
        String cookies = "ratecard.sandbox.user=admin; " + setCookie.substring(0, setCookie.indexOf(';'));

        assertEquals(200, send(request(ADMIN_PAGE, cookies).GET()).statusCode());
        assertEquals(200, send(request("/rest/ratecard/1.0/admin/health", cookies).GET()).statusCode());
    }

    @Test
    public void secureSessionOfAnotherUser_shouldNotOpenTheAdminPage() throws Exception {
        String financeSession = rest.secureSessionCookie("finance");

        HttpResponse<String> page = send(request(ADMIN_PAGE, "ratecard.sandbox.user=admin; " + financeSession).GET());

        assertEquals(302, page.statusCode());
    }

    @Test
    public void restCallBehindAnAdminPage_shouldAnswer401ToAnAdministratorWithoutSecureSession() throws Exception {
        RestFixture.Reply reply = adminWithoutSession.get("admin/health");

        assertEquals(401, reply.status());
        assertTrue(reply.body(), reply.json().get("message").asText().contains("secure administrator session"));
    }

    @Test
    public void backfillRequestedWithoutSecureSession_shouldStartNoJob() throws Exception {
        int jobsBefore = rest.sandbox().jobs().recent(100).size();

        RestFixture.Reply reply = adminWithoutSession.post("admin/backfill", "{}");

        assertEquals(401, reply.status());
        assertEquals(jobsBefore, rest.sandbox().jobs().recent(100).size());
    }

    @Test
    public void financeWhoIsNoAdministrator_shouldNotBeAskedForASecureSession() throws Exception {
        assertEquals(200, rest.withoutSecureSession("finance").get("admin/health").status());
    }

    @Test
    public void scriptWithItsOwnCredentials_shouldNotBeAskedAsJiraRestDoes() throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(rest.url() + "/rest/ratecard/1.0/admin/health"))
                .header("Authorization", "Bearer sandbox-admin").GET());

        assertEquals(200, reply.statusCode());
    }

    private HttpResponse<String> confirm(String password) throws Exception {
        return send(request("/sandbox/websudo", "ratecard.sandbox.user=admin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + password + "&returnTo=" + ADMIN_PAGE)));
    }

    private static HttpRequest.Builder request(String path, String cookies) {
        return HttpRequest.newBuilder(URI.create(rest.url() + path)).header("Cookie", cookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
