package io.github.ratecard.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Talks to a running sandbox over HTTP, as a given demo user or anonymously, as the app's pages do
 * (with Jira's XSRF header), optionally in a secure administrator session.
 */
final class SandboxClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final String user;
    private final String language;
    private final String secureSession;

    private SandboxClient(URI base, String user, String language, String secureSession) {
        this.base = base;
        this.user = user;
        this.language = language;
        this.secureSession = secureSession;
    }

    static SandboxClient anonymous(Sandbox sandbox) {
        return new SandboxClient(sandbox.url(), null, null, null);
    }

    SandboxClient as(String userKey) {
        return new SandboxClient(base, userKey, language, null);
    }

    SandboxClient inGerman() {
        return new SandboxClient(base, user, "de", secureSession);
    }

    /** This user after confirming their password on the sandbox's prompt (the password is the user name). */
    SandboxClient inSecureSession() throws IOException, InterruptedException {
        HttpResponse<String> confirmed = send(request(SandboxWebSudo.PROMPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + user + "&returnTo=/")));
        String cookie = confirmed.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("No secure session: " + confirmed.body()));
        return new SandboxClient(base, user, language, cookie.substring(0, cookie.indexOf(';')));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("X-Atlassian-Token", "no-check");
        StringBuilder cookies = new StringBuilder();
        if (user != null) {
            cookies.append(SandboxRequestFilter.USER_COOKIE).append('=').append(user).append("; ");
        }
        if (language != null) {
            cookies.append(SandboxRequestFilter.LANGUAGE_COOKIE).append('=').append(language).append("; ");
        }
        if (secureSession != null) {
            cookies.append(secureSession);
        }
        if (cookies.length() > 0) {
            builder.header("Cookie", cookies.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
