package io.github.ratecard.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an endpoint may subscribe to, with the name its deliveries carry in {@code event}. */
public enum WebhookEvent {
    INVOICE_ISSUED("invoice.issued"),
    INVOICE_VOIDED("invoice.voided"),
    INVOICE_CREDITED("invoice.credited"),
    BUDGET_THRESHOLD_CROSSED("budget.threshold_crossed"),
    PERIOD_CLOSED("period.closed"),
    HINT_RAISED("hint.raised"),
    CONTRACT_THRESHOLD_REACHED("contract.threshold_reached"),
    /** Sent only when finance asks for a test delivery; no endpoint subscribes to it. */
    PING("ping");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean subscribable() {
        return this != PING;
    }

    /** By its wire name ({@code invoice.issued}) or constant name, any case. */
    public static Optional<WebhookEvent> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String given = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.wireName.equals(given) || e.name().toLowerCase(Locale.ROOT).equals(given)).findFirst();
    }
}
