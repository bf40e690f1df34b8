package io.github.ratecard.web;

/** One endpoint as a row: the secret only as its fingerprint. */
public record WebhookEndpointRow(long id, String name, String url, String events, String state, String fingerprint) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getEvents() {
        return events;
    }

    public String getState() {
        return state;
    }

    public String getFingerprint() {
        return fingerprint;
    }
}
