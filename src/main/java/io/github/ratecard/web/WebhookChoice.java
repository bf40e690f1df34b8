package io.github.ratecard.web;

/** One choice of a filter on the webhooks page. */
public record WebhookChoice(String value, String label, boolean selected) {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
