package io.github.ratecard.ledger;

/**
 * Another transaction changed a worklog's ledger row after this one read it (two nodes handling
 * events of the same worklog at once). The transaction is rolled back; the change is retried
 * from the retry queue or by the job's next attempt, against what the other one stored.
 */
public class ConcurrentLedgerChangeException extends RuntimeException {

    public ConcurrentLedgerChangeException(int expected, int removed) {
        super("Another transaction changed " + (expected - removed) + " of " + expected + " ledger rows since they were read");
    }
}
