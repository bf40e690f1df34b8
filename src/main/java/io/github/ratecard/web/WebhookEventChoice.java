package io.github.ratecard.web;

/** An event finance can subscribe an endpoint to: a checkbox of the endpoint form. */
public record WebhookEventChoice(String value, String label) {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    /** A form control's id part: the wire name with its dots and underscores as dashes. */
    public String getSlug() {
        return value.replaceAll("[^a-z0-9]", "-");
    }
}
