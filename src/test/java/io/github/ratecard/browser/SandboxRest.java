package io.github.ratecard.browser;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The sandbox's REST API and development endpoints as one demo user, for what a browser test
 * prepares or checks outside the pages: JSON in and out, and files as a signed-in browser fetches
 * them (the same session cookie).
 */
final class SandboxRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String user;

    SandboxRest(String base, String user) {
        this.base = base;
        this.user = user;
    }

    SandboxRest as(String otherUser) {
        return new SandboxRest(base, otherUser);
    }

    JsonNode get(String path) throws Exception {
        return JSON.readTree(send("GET", path, null));
    }

    JsonNode post(String path, String json) throws Exception {
        return JSON.readTree(send("POST", path, json));
    }

    JsonNode put(String path, String json) throws Exception {
        return JSON.readTree(send("PUT", path, json));
    }

    /** A file behind a link of a page, fetched with the user's session; fails unless it answers 200. */
    HttpResponse<byte[]> download(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(url + " → " + response.statusCode(), response.statusCode() == 200);
        return response;
    }

    /** The answer's status alone, for look-ups that may find nothing. */
    int status(String path) throws Exception {
        return HTTP.send(request("GET", path, null), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String json(String text) throws Exception {
        return JSON.writeValueAsString(text);
    }

    private String send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(request(method, path, json), HttpResponse.BodyHandlers.ofString());
        assertTrue(method + " " + path + " → " + response.statusCode() + " " + response.body(), response.statusCode() / 100 == 2);
        return response.body().isEmpty() ? "null" : response.body();
    }

    private HttpRequest request(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie())
                .header("Accept", "application/json").header("X-Atlassian-Token", "no-check");
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private String cookie() {
        return "ratecard.sandbox.user=" + user;
    }
}
