package io.github.ratecard.billing;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/** The Billable field's value on an issue; an empty field means "as the account's category says". */
public enum BillableChoice {
    BILLABLE("Billable"),
    NON_BILLABLE("Non-billable");

    private final String label;

    BillableChoice(String label) {
        this.label = label;
    }

    /** The option as users see and type it, also in JQL: {@code Billable = Non-billable}. */
    public String label() {
        return label;
    }

    /**
     * Reads a field value: the label or the constant name in any case; null or blank is the
     * empty field. Anything else is a clear error naming {@code field}.
     */
    public static Optional<BillableChoice> parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (BillableChoice choice : values()) {
            if (choice.label.toLowerCase(Locale.ROOT).equals(wanted) || choice.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(choice);
            }
        }
        throw new InvalidInputException(field, "Billable must be Billable, Non-billable or empty, not " + value.trim());
    }
}
