package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.Transactions;
import java.util.function.Supplier;

/** One Active Objects transaction per unit of work; a nested one joins the outer. */
public class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
