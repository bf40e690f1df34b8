package io.github.ratecard.jobs;

import io.github.ratecard.ledger.ItemFailures;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * One step of the cluster's background job. It reports each item it could not process to
 * {@code failures} and goes on with the others; throwing fails the step, never the job.
 */
public interface BackgroundStep {

    String name();

    void run(BooleanSupplier stop, ItemFailures failures);

    static BackgroundStep of(String name, BiConsumer<BooleanSupplier, ItemFailures> work) {
        return new BackgroundStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(BooleanSupplier stop, ItemFailures failures) {
                work.accept(stop, failures);
            }
        };
    }
}
