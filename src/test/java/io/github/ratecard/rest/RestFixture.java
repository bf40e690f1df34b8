package io.github.ratecard.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.sandbox.Sandbox;
import io.github.ratecard.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's REST API served by a real Jersey runtime over HTTP (the sandbox, on a free port and
 * a throw-away database), and a small client that calls it as one of the demo users.
 */
final class RestFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Sandbox sandbox;
    private final Path folder;
    private final HttpClient http = HttpClient.newHttpClient();

    RestFixture() throws Exception {
        folder = Files.createTempDirectory("ratecard-rest");
        sandbox = Sandbox.start(new SandboxConfig(0, folder, false, 200, 42));
    }

    /** Logs work through the sandbox's development endpoint (the same path as Jira's worklog events). */
    long logWork(String issue, String author, String started, long seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.url() + "/sandbox/api/worklogs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"issue\":\"" + issue + "\",\"author\":\"" + author + "\",\"started\":\""
                        + started + "\",\"timeSpentSeconds\":" + seconds + "}")).build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body()).get("id").asLong();
    }

    /** Stores expenses straight into the project until it holds {@code total}. */
    void fillExpenses(String projectKey, int total) {
        sandbox.fillExpenses(projectKey, total);
    }

    /** Gives the draft lines of its own straight in the store until it has {@code total}. */
    void fillManualLines(long draftId, int total) {
        sandbox.fillManualLines(draftId, total);
    }

    /** The sandbox's base URL, for raw requests (downloads). */
    String url() {
        return sandbox.url().toString();
    }

    Caller as(String userKey) {
        return new Caller(userKey);
    }

    Caller anonymous() {
        return new Caller(null);
    }

    @Override
    public void close() throws IOException {
        sandbox.stop();
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Calls {@code /rest/ratecard/1.0/…} as one user. */
    final class Caller {
        private final String user;

        Caller(String user) {
            this.user = user;
        }

        Reply get(String path) throws Exception {
            return send(request(path).GET());
        }

        Reply post(String path, String json) throws Exception {
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        Reply put(String path, String json) throws Exception {
            return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        Reply delete(String path) throws Exception {
            return send(request(path).DELETE());
        }

        /** Any request to any path of the host (a page, or REST with its full path); JSON when there is a body. */
        Reply raw(String method, String absolutePath, String json) throws Exception {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.url() + absolutePath));
            if (user != null) {
                builder.header("Cookie", "ratecard.sandbox.user=" + user);
            }
            if (json != null) {
                builder.header("Content-Type", "application/json");
            }
            builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return send(builder);
        }

        Reply putWithType(String path, String contentType, String body) throws Exception {
            return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        Reply postWithType(String path, String contentType, String body) throws Exception {
            return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.url() + "/rest/ratecard/1.0/" + path))
                    .header("Accept", "application/json");
            if (user != null) {
                builder.header("Cookie", "ratecard.sandbox.user=" + user);
            }
            return builder;
        }

        private Reply send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        }
    }

    /** A status and its JSON body. */
    record Reply(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        String field() {
            return json().path("field").asText(null);
        }
    }
}
