package io.github.ratecard.einvoice;

/**
 * One rule a document breaks: the rule's identifier (e.g. {@code BR-CO-15}, {@code PEPPOL-EN16931-R010}), where in the
 * document (an XPath; empty when the rule names no place), the rule's own words, and whether the rule set calls it a
 * warning (the document stays valid) rather than an error.
 */
public record FailedRule(String id, String location, String text, boolean warning) {

    public FailedRule {
        id = id == null || id.isBlank() ? "?" : id.strip();
        location = location == null ? "" : location.strip();
        text = text == null ? "" : text.strip();
    }
}
