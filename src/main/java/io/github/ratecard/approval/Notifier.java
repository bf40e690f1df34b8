package io.github.ratecard.approval;

/**
 * Sends a notice to its recipient, in the recipient's own language, through the host's mail queue.
 * Queues and returns: the e-mail goes out later, and a recipient without an address gets none.
 */
@FunctionalInterface
public interface Notifier {

    void send(Notice notice);
}
