package io.github.ratecard.web;

/** One option of a filter's list. */
public record HintChoice(String value, String label, boolean selected) {

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
