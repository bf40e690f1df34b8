package io.github.ratecard.einvoice;

/**
 * Checks a UBL 2.1 invoice or credit note (which one the document's root says) against an official rule set. Loading
 * the rule sets is slow (they are compiled once per node, about 20 seconds), so {@link #ready()} says whether they are
 * loaded and {@link #load()} starts loading them without waiting.
 */
public interface DocumentValidator {

    /** Starts loading the rule sets in the background, once; returns at once. */
    void load();

    /** Whether the rule sets are loaded, so that {@link #validate} does not wait for them. */
    boolean ready();

    /**
     * The rules of {@code ruleSet} the document breaks; waits for the rule sets when they are still loading. A document
     * that is not XML, or not a UBL invoice or credit note, fails with the rule {@code XML}.
     */
    RuleSetResult validate(byte[] ubl, RuleSet ruleSet);
}
