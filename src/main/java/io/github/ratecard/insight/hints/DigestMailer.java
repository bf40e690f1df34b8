package io.github.ratecard.insight.hints;

import java.util.List;

/**
 * Sends one person their weekly hints e-mail, in their own language, through the host's mail queue;
 * queues and returns, and a recipient without an address gets none.
 */
@FunctionalInterface
public interface DigestMailer {

    void sendDigest(String recipientKey, List<Hint> hints);
}
