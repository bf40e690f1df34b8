package io.github.ratecard.accounting;

/** The fields a generic journal line has; the journal's column mapping chooses which are written, in which order, under which heading. */
public enum JournalField {
    DATE("Date"),
    DOCUMENT("Document"),
    ACCOUNT("Account"),
    DEBIT("Debit"),
    CREDIT("Credit"),
    TAX_CODE("Tax code"),
    CURRENCY("Currency"),
    AMOUNT("Amount"),
    BASE_AMOUNT("Base amount");

    private final String defaultHeading;

    JournalField(String defaultHeading) {
        this.defaultHeading = defaultHeading;
    }

    public String defaultHeading() {
        return defaultHeading;
    }
}
