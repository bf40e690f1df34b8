package io.github.ratecard.web;

/** One option of a billing field's select list, escaped for HTML. */
public final class FieldOption {

    private final String value;
    private final String label;
    private final boolean selected;

    public FieldOption(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    public String getValueHtml() {
        return HtmlText.escape(value);
    }

    public String getLabelHtml() {
        return HtmlText.escape(label);
    }

    public boolean isSelected() {
        return selected;
    }
}
