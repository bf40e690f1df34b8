package io.github.ratecard.ledger;

/** Something that keeps its own data true as worklogs change (the ledger, rollups, alerts). */
public interface WorklogChangeHandler {

    void handle(WorklogChange change);
}
