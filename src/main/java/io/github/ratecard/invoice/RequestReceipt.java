package io.github.ratecard.invoice;

/**
 * What a repeatable change does with its result inside its own transaction: keeps it under the
 * request's key, so the result and the key commit together or not at all.
 */
@FunctionalInterface
public interface RequestReceipt {

    /** For a request sent without a key: nothing is kept. */
    RequestReceipt NONE = result -> { };

    void keep(Invoice result);
}
