package io.github.ratecard.ledger;

/**
 * Where background work reports one item it could not process, before it goes on with the
 * others. The item stays as it was, so the next run tries it again.
 */
@FunctionalInterface
public interface ItemFailures {

    /** {@code item} says which record failed, in words an administrator can look up. */
    void failed(String item, RuntimeException cause);

    /** For callers that want the first failure to stop them. */
    ItemFailures RETHROW = (item, cause) -> {
        throw cause;
    };
}
