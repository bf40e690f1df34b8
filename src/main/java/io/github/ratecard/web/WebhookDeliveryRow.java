package io.github.ratecard.web;

/** One delivery of the log as a row, in the viewer's words; {@code resendable} for a delivered or failed one. */
public record WebhookDeliveryRow(long id, String created, String endpoint, String event, String document, String status, String lozenge,
                                 String statusCode, int attempts, String nextAttempt, String lastError, boolean resendable) {

    public long getId() {
        return id;
    }

    public String getCreated() {
        return created;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getEvent() {
        return event;
    }

    public String getDocument() {
        return document;
    }

    public String getStatus() {
        return status;
    }

    public String getLozenge() {
        return lozenge;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getNextAttempt() {
        return nextAttempt;
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isResendable() {
        return resendable;
    }
}
