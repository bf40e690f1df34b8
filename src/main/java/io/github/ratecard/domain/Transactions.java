package io.github.ratecard.domain;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is saved, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work in a transaction that is always undone, and returns what it found: for asking what
     * a change would do without making it. A failure of the work is thrown as it is. Called outside
     * any other transaction (a nested transaction joins the outer one, which would be undone too).
     */
    default <T> T rolledBack(Supplier<T> work) {
        final class Undo extends RuntimeException {
            private final transient Object found;

            Undo(Object found) {
                super(null, null, false, false);
                this.found = found;
            }
        }
        try {
            inTransaction(() -> {
                throw new Undo(work.get());
            });
            throw new IllegalStateException("The transaction was not undone");
        } catch (Undo undo) {
            @SuppressWarnings("unchecked")
            T found = (T) undo.found;
            return found;
        }
    }
}
