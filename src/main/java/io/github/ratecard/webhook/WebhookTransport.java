package io.github.ratecard.webhook;

import java.net.URI;
import java.util.Map;

/** Sends one POST and reports how the receiver answered; an I/O failure or timeout is thrown. */
public interface WebhookTransport {

    /** The status code and the start of the answer's body (at most the transport's limit). */
    record Answer(int statusCode, String bodyStart) {

        public boolean success() {
            return statusCode >= 200 && statusCode < 300;
        }
    }

    Answer post(URI uri, Map<String, String> headers, byte[] body) throws java.io.IOException;
}
