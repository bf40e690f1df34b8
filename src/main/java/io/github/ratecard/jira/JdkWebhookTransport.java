package io.github.ratecard.jira;

import io.github.ratecard.webhook.WebhookTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The JDK's HTTP client: connects within {@value #CONNECT_SECONDS} s, waits at most {@value #ANSWER_SECONDS} s for the
 * answer, follows no redirect (a 3xx is a failed attempt) and reads at most {@value #BODY_KIB} KiB of the answer's body.
 */
public final class JdkWebhookTransport implements WebhookTransport {

    static final int CONNECT_SECONDS = 5;
    static final int ANSWER_SECONDS = 10;
    static final int BODY_KIB = 4;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(CONNECT_SECONDS)).build();

    @Override
    public Answer post(URI uri, Map<String, String> headers, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(ANSWER_SECONDS))
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Ratecard-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] start = in.readNBytes(BODY_KIB * 1024);
                return new Answer(response.statusCode(), new String(start, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while sending", e);
        }
    }
}
