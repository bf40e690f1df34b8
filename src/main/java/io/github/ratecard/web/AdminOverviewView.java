package io.github.ratecard.web;

/** What the admin overview page shows, already formatted for display. */
public final class AdminOverviewView {

    private final String version;
    private final String eventsReceived;
    private final String eventsFailed;

    public AdminOverviewView(String version, String eventsReceived, String eventsFailed) {
        this.version = version;
        this.eventsReceived = eventsReceived;
        this.eventsFailed = eventsFailed;
    }

    public String getVersion() {
        return version;
    }

    public String getEventsReceived() {
        return eventsReceived;
    }

    public String getEventsFailed() {
        return eventsFailed;
    }
}
