package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The sandbox's H2 database across {@code kill -9}: what was committed before the kill is there after the restart. */
public class SandboxCrashTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aWorklogCommittedJustBeforeEachOfTwoKills_shouldBeThereAfterTheRestarts() throws Exception {
        Path data = folder.newFolder("data").toPath();
        List<Long> logged = new ArrayList<>();
        for (int kill = 1; kill <= 2; kill++) {
            SandboxProcess sandbox = start(data, kill);
            try {
                // the second request finds everything warmed up: its commit is the last moment before the kill
                logged.add(logWorklog(sandbox.url()));
                logged.add(logWorklog(sandbox.url()));
            } finally {
                sandbox.kill();
            }
        }
        try (SandboxProcess restarted = start(data, 3)) {
            for (long id : logged) {
                assertEquals("worklog " + id, 200, get(restarted.url(), "/sandbox/api/worklogs/" + id).statusCode());
            }
        }
    }

    private SandboxProcess start(Path data, int run) throws Exception {
        return SandboxProcess.start(Map.of("ratecard.sandbox.port", "0", "ratecard.sandbox.dir", data.toString(),
                "ratecard.demo.worklogs", "300", "ratecard.demo.price", "false"), folder.newFile("sandbox-" + run + ".log").toPath());
    }

    private static long logWorklog(URI base) throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(base.resolve("/sandbox/api/worklogs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"issue\":\"ACME-2\",\"author\":\"agent02\",\"started\":\"2026-11-04T08:00:00Z\",\"timeSpentSeconds\":900}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(created.body(), 201, created.statusCode());
        return new ObjectMapper().readTree(created.body()).get("id").asLong();
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
