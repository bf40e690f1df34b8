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

    /** The person's key the result is kept under: for issuing that writes in a transaction of its own, which keeps it there itself. */
    default java.util.Optional<Key> key() {
        return java.util.Optional.empty();
    }

    /** Keeps the result by {@code keep}, under {@code key}. */
    static RequestReceipt under(Key key, RequestReceipt keep) {
        return new RequestReceipt() {
            @Override
            public void keep(Invoice result) {
                keep.keep(result);
            }

            @Override
            public java.util.Optional<Key> key() {
                return java.util.Optional.of(key);
            }
        };
    }

    /** A person's request key and the fingerprint of the request it came with. */
    record Key(String user, String key, String fingerprint) {
    }
}
