package io.github.ratecard.web;

/** One field of the generic journal on the settings form: whether it is a column, where, and under which heading. */
public record JournalColumnRow(String field, String label, String heading, boolean included, String position) {

    public String getField() {
        return field;
    }

    public String getLabel() {
        return label;
    }

    public String getHeading() {
        return heading;
    }

    public boolean isIncluded() {
        return included;
    }

    /** 1 for the first column; empty for a field the journal leaves out. */
    public String getPosition() {
        return position;
    }
}
