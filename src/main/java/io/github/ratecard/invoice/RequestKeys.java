package io.github.ratecard.invoice;

import java.util.Optional;

/**
 * Where the answers to repeatable requests are kept: a person's request key, a fingerprint of the
 * request it was sent with, and the document the first such request produced. A key is one
 * person's: the same key from someone else is another key.
 */
public interface RequestKeys {

    /** The answer kept for the person's key, if any. */
    Optional<Kept> kept(String user, String key);

    /**
     * Keeps the answer, in the caller's transaction; refuses ({@link RequestKeyTakenException}) when
     * the person's key is kept already, by a request running at the same time.
     */
    void keep(String user, String key, String fingerprint, long invoiceId);

    /** A kept answer: the fingerprint of the request and the document it produced. */
    record Kept(String fingerprint, long invoiceId) {
    }
}
