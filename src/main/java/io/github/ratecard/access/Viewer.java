package io.github.ratecard.access;

import java.util.Objects;

/** The signed-in person a page or REST call is answered for. */
public record Viewer(String userKey, String displayName) {

    public Viewer {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(displayName, "displayName");
    }
}
