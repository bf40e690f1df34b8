package io.github.ratecard.web;

/** One option of a select list on a page: its value, its words, whether it is the current one. */
public record Choice(String value, String label, boolean selected) {

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
