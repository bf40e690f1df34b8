package io.github.ratecard.domain;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is saved, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
