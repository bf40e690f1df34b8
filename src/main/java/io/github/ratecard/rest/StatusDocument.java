package io.github.ratecard.rest;

/** {@code GET /status}: which app and API answer here. */
public final class StatusDocument {

    private final String app;
    private final String version;
    private final String api;

    public StatusDocument(String app, String version, String api) {
        this.app = app;
        this.version = version;
        this.api = api;
    }

    public String getApp() {
        return app;
    }

    public String getVersion() {
        return version;
    }

    public String getApi() {
        return api;
    }
}
