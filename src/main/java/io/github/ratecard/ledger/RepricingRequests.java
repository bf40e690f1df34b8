package io.github.ratecard.ledger;

/**
 * Where a change to the rate card asks for the work it affects to be priced again. Called inside
 * the change's transaction, so the request is kept exactly when the change is.
 */
public interface RepricingRequests {

    void reprice(AffectedWork work);

    /** For callers that do not price work (tests of the rate card alone). */
    RepricingRequests NONE = work -> { };
}
