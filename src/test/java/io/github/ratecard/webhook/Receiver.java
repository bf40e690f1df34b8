package io.github.ratecard.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A webhook receiver on 127.0.0.1, as a customer would write one: it verifies each request's signature with the
 * secret it was given and records what arrived; it answers with the statuses queued, then 200.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(Map<String, String> headers, String body, boolean signatureValid) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile String secret = "";

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            String timestamp = headers.get("x-ratecard-timestamp");
            boolean valid = timestamp != null && Signature.verifies(headers.get("x-ratecard-signature"), secret, Long.parseLong(timestamp), body);
            int status;
            synchronized (this) {
                received.add(new Received(headers, new String(body, StandardCharsets.UTF_8), valid));
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            byte[] answer = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void expectSecret(String secret) {
        this.secret = secret;
    }

    synchronized void answerNext(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
