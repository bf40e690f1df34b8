package io.github.ratecard.webhook;

import java.util.List;

/**
 * Why {@link UrlGuard} refuses a URL: the API's English, and for a page the key of its words
 * ({@code ratecard.webhooks.url.<kind>}) with their arguments {0}, {1} …; an argument that starts with
 * {@link #ADDRESS} is itself the key of words (why an address is refused).
 */
public record UrlRefusal(String key, String english, List<String> arguments) {

    public static final String ADDRESS = "ratecard.webhooks.address.";

    public UrlRefusal {
        arguments = List.copyOf(arguments);
    }

    static UrlRefusal of(String kind, String english, String... arguments) {
        return new UrlRefusal("ratecard.webhooks.url." + kind, english, List.of(arguments));
    }
}
