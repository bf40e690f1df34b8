package io.github.ratecard.jobs;

import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.BatchResult;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.RepricedEntries;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a re-pricing batch, with its rollups and the job's progress, in one transaction of its own; the ledger
 * keeper's path (through {@link io.github.ratecard.ledger.LedgerKeeper#reprice}) takes every batch it leaves.
 */
public interface RepricingWriter {

    /** The job's row after a batch that ends at worklog {@code position} and did {@code result}. */
    interface AdvanceTo {
        BackfillWriter.Advance after(long position, BatchResult result);
    }

    /**
     * In one transaction: reads the live entries of {@code work} after worklog {@code after}, at most {@code limit}, by
     * worklog id; plans them with {@code planning}; replaces the rows read by the re-priced entries, adds the rollup
     * contributions and writes {@code advance}'s job row. {@link BackfillWriter.Outcome#LEFT} with nothing written when
     * nothing is left to read, the plan is empty, or a row read was changed meanwhile (a count that does not match).
     */
    BackfillWriter.Outcome write(AffectedWork work, long after, int limit, Function<List<LedgerStore.Stored>, Optional<RepricedEntries>> planning,
                                 AdvanceTo advance);

    /** From now on leaves every batch to the ledger keeper, for the reason given. */
    default void turnOff(String reason) {
    }

    /** Leaves every batch to the ledger keeper. */
    RepricingWriter NONE = (work, after, limit, planning, advance) -> BackfillWriter.Outcome.LEFT;
}
