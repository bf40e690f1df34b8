package io.github.ratecard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** One sandbox process of a simulated cluster, and the REST calls a test makes on it as a demo user. */
final class ClusterNode {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final String name;
    private final SandboxProcess process;

    private ClusterNode(String name, SandboxProcess process) {
        this.name = name;
        this.process = process;
    }

    static ClusterNode start(String name, Map<String, String> properties, Path log) throws IOException, InterruptedException {
        return new ClusterNode(name, SandboxProcess.start(properties, log));
    }

    /** A JSON call as {@code user} that must answer {@code expected}; answers the body. */
    JsonNode call(String method, String path, String user, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, user, json);
        if (response.statusCode() != expected) {
            throw new AssertionError(name + ": " + method + " " + path + " answered " + response.statusCode() + ", not " + expected
                    + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    HttpResponse<String> send(String method, String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(process.url().resolve(path)).timeout(Duration.ofMinutes(1))
                .header("X-Atlassian-Token", "no-check")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Cookie", SandboxRequestFilter.USER_COOKIE + "=" + user);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether this node is running the cluster's background job now. */
    boolean runsBackgroundJob() throws IOException, InterruptedException {
        return call("GET", "/sandbox/api/node", null, null, 200).get("runsBackgroundJob").asBoolean();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return process.output();
    }

    URI url() {
        return process.url();
    }

    void kill() throws InterruptedException {
        process.kill();
    }

    /** Stops it as Ctrl-C does. */
    void stop() {
        process.close();
    }
}
