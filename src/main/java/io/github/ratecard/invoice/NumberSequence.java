package io.github.ratecard.invoice;

/**
 * Hands out the numbers of a sequence, gap-free: in the caller's transaction, so a rolled-back
 * issue hands its number back, and safe when two issuers (on two nodes) ask at once.
 */
public interface NumberSequence {

    /** Makes sure the sequence exists (starting at 1), in a transaction of its own; a no-op when it does. */
    void prepare(String sequenceKey);

    /**
     * The next number of the prepared sequence; throws {@link SequenceBusyException} when another
     * issuer took that number in the meantime (the caller rolls back and tries again); any other
     * failure of the database surfaces as it is.
     */
    long next(String sequenceKey);
}
