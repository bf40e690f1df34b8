package io.github.ratecard.approval;

import java.time.YearMonth;
import java.util.List;

/** Closed months per scope and their histories. There is one record per scope and month, however many close it at once. */
public interface PeriodCloseStore {

    boolean isClosed(CloseScope scope, YearMonth month);

    /**
     * Makes sure the month of the scope has its (open) record; called outside a transaction, so that
     * a record created by another writer at the same moment is simply found.
     */
    void prepare(CloseScope scope, YearMonth month);

    /**
     * Closes ({@link CloseAction#CLOSE}) or reopens the month of the scope and appends the event to
     * its history, only if it is not yet in that state; false (and nothing changed) when it already is.
     */
    boolean apply(CloseScope scope, YearMonth month, CloseEvent event);

    /** The month's closes and reopens in the scope, oldest first. */
    List<CloseEvent> history(CloseScope scope, YearMonth month);

    /** Every month closed from {@code first} to {@code last}, in every scope. */
    ClosedMonths closedBetween(YearMonth first, YearMonth last);
}
