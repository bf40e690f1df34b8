package io.github.ratecard.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.sandbox.Sandbox;
import io.github.ratecard.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's REST API served by a real Jersey runtime over HTTP (the sandbox, on a free port and
 * a throw-away database), and a small client that calls it as one of the demo users. The client
 * calls as the app's pages do: with {@code X-Atlassian-Token: no-check} (Jira's XSRF rule) and, for
 * the administrator, in a secure administrator session opened once by confirming the password.
 */
final class RestFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Sandbox sandbox;
    private final Path folder;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> secureSessions = new ConcurrentHashMap<>();

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

    /** The running sandbox, for tests that look behind the API (its jobs). */
    Sandbox sandbox() {
        return sandbox;
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
        return new Caller(userKey, true);
    }

    /** As {@link #as}, without a secure administrator session. */
    Caller withoutSecureSession(String userKey) {
        return new Caller(userKey, false);
    }

    Caller anonymous() {
        return new Caller(null, false);
    }

    /** The cookie of a secure administrator session of the user, opened on the sandbox's password prompt (the password is the user name). */
    String secureSessionCookie(String userKey) {
        return secureSessions.computeIfAbsent(userKey, user -> {
            HttpRequest confirm = HttpRequest.newBuilder(URI.create(sandbox.url() + "/sandbox/websudo"))
                    .header("Cookie", "ratecard.sandbox.user=" + user).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("password=" + user + "&returnTo=/")).build();
            try {
                String setCookie = http.send(confirm, HttpResponse.BodyHandlers.discarding()).headers().firstValue("Set-Cookie")
                        .orElseThrow(() -> new AssertionError("The password prompt opened no secure session for " + user));
                return setCookie.substring(0, setCookie.indexOf(';'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
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
        private final boolean secureSession;

        Caller(String user, boolean secureSession) {
            this.user = user;
            this.secureSession = secureSession;
        }

        Reply get(String path) throws Exception {
            return send(request(path).GET());
        }

        Reply post(String path, String json) throws Exception {
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** A JSON POST with more headers, as name, value, name, value… */
        Reply post(String path, String json, String... headers) throws Exception {
            HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            if (headers.length > 0) {
                builder.headers(headers);
            }
            return send(builder);
        }

        Reply put(String path, String json) throws Exception {
            return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        Reply delete(String path) throws Exception {
            return send(request(path).DELETE());
        }

        /** Any request to any path of the host (a page, or REST with its full path); JSON when there is a body. */
        Reply raw(String method, String absolutePath, String json) throws Exception {
            HttpRequest.Builder builder = signedIn(HttpRequest.newBuilder(URI.create(sandbox.url() + absolutePath)));
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

        /** Any request to any path of the host, as this caller, with nothing else: no XSRF token, no content type. */
        Reply bare(String method, String absolutePath, HttpRequest.BodyPublisher body, String... headers) throws Exception {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.url() + absolutePath)).method(method, body);
            if (headers.length > 0) {
                builder.headers(headers);
            }
            return send(cookies(builder));
        }

        private HttpRequest.Builder request(String path) {
            return signedIn(HttpRequest.newBuilder(URI.create(sandbox.url() + "/rest/ratecard/1.0/" + path)).header("Accept", "application/json"));
        }

        private HttpRequest.Builder signedIn(HttpRequest.Builder builder) {
            return cookies(builder.header("X-Atlassian-Token", "no-check"));
        }

        private HttpRequest.Builder cookies(HttpRequest.Builder builder) {
            if (user != null) {
                builder.header("Cookie", "ratecard.sandbox.user=" + user + (secureSession ? "; " + secureSessionCookie(user) : ""));
            }
            return builder;
        }

        private Reply send(HttpRequest.Builder request) throws Exception {
            HttpRequest built = request.build();
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException staleConnection) {
                // The server closes a kept-alive connection after refusing a body it did not read; the client
                // may already have reused it for this request, which the server then never saw: send it again.
                if (!String.valueOf(staleConnection.getMessage()).contains("received no bytes")) {
                    throw staleConnection;
                }
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
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
