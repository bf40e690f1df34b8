package io.github.ratecard.rest;

/**
 * The answer to a request that failed for a reason of the app's, not the caller's: what to tell
 * the administrator, and the reference under which the log holds the details.
 */
public final class FailureDocument {

    private final String message;
    private final String reference;

    public FailureDocument(String message, String reference) {
        this.message = message;
        this.reference = reference;
    }

    public String getMessage() {
        return message;
    }

    public String getReference() {
        return reference;
    }
}
