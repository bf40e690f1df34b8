package io.github.ratecard.webhook;

/** Where a delivery stands: waiting (first try or a retry), being sent by a node, delivered, or given up. */
public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED
}
