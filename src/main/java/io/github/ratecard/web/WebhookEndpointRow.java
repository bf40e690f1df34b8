package io.github.ratecard.web;

import java.util.List;

/**
 * One endpoint as a row: the secret only as its fingerprint; its newest delivery (empty {@code lastStatus} when it
 * has none) and how many of its deliveries still wait, which deleting it drops.
 */
public record WebhookEndpointRow(long id, String name, String url, String events, List<String> eventNames, boolean active, String state,
                                 String fingerprint, String lastStatus, String lastLozenge, String lastAt, String lastCode, int waiting) {

    public WebhookEndpointRow {
        eventNames = List.copyOf(eventNames);
    }

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

    /** The events' wire names, comma-separated, for the edit form. */
    public String getEventNames() {
        return String.join(",", eventNames);
    }

    public boolean isActive() {
        return active;
    }

    public String getState() {
        return state;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public boolean isDelivered() {
        return !lastStatus.isEmpty();
    }

    public String getLastStatus() {
        return lastStatus;
    }

    public String getLastLozenge() {
        return lastLozenge;
    }

    public String getLastAt() {
        return lastAt;
    }

    public String getLastCode() {
        return lastCode;
    }

    public int getWaiting() {
        return waiting;
    }
}
