package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ratecard.domain.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A failure nobody foresaw, over HTTP on a real Jersey runtime with the app's JSON settings and
 * error mappers: a JSON 500 with a reference that the log holds with the stack trace, never a
 * servlet's HTML page; the callers' mistakes keep their statuses.
 */
public class UnexpectedErrorRestTest {

    private static Server server;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Stands in for any resource whose code fails. */
    @Path("probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Probe {
        @GET
        @Path("overflow")
        public String overflow() {
            return String.valueOf(Math.addExact(Long.MAX_VALUE, 1));
        }

        @GET
        @Path("refusal")
        public String refusal() {
            throw new InvalidInputException("amount", "amount may be at most 1000000000000.00 EUR");
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.withoutExceptionMappers()).register(new JsonMapper())
                .register(new ErrorMappers.InvalidInput()).register(new ErrorMappers.NotFound()).register(new ErrorMappers.Unexpected())
                .register(new Probe());
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new ServletContainer(config)), "/rest/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort() + "/rest/";
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
    }

    @Test
    public void unexpectedException_shouldAnswerJson500WithAReferenceThatTheLogHolds() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        HttpResponse<String> response;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            response = get("probe/overflow");
        } finally {
            System.setErr(stderr);
        }

        assertEquals(500, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = RestFixture.JSON.readTree(response.body());
        String reference = body.get("reference").asText();
        assertTrue(reference, reference.matches("RC-[0-9A-Z]+"));
        assertTrue(body.get("message").asText().contains(reference));
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged, logged.contains("reference " + reference));
        assertTrue(logged, logged.contains("java.lang.ArithmeticException: long overflow"));
    }

    @Test
    public void everyFailure_shouldGetAReferenceOfItsOwn() throws Exception {
        String first = RestFixture.JSON.readTree(get("probe/overflow").body()).get("reference").asText();
        String second = RestFixture.JSON.readTree(get("probe/overflow").body()).get("reference").asText();

        assertTrue(first + " " + second, !first.equals(second));
    }

    @Test
    public void refusal_shouldKeepItsStatusAndField() throws Exception {
        HttpResponse<String> response = get("probe/refusal");

        assertEquals(400, response.statusCode());
        assertEquals("amount", RestFixture.JSON.readTree(response.body()).get("field").asText());
    }

    @Test
    public void unknownPathAndWrongMethod_shouldKeepTheirStatusesInJson() throws Exception {
        HttpResponse<String> unknown = get("probe/nothing-here");
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(URI.create(base + "probe/overflow"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body(), RestFixture.JSON.readTree(unknown.body()).has("message"));
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(wrongMethod.headers().firstValue("Allow").isPresent());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
