package io.github.ratecard.invoice;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The worklogs billed on issued invoices, keyed by worklog id: a worklog is on one live invoice at most. */
public interface InvoicedWorkStore {

    /** Links the worklogs to the invoice; fails (and the caller's transaction with it) when any of them is linked already. */
    void link(List<InvoicedWork> rows);

    /** Unlinks an invoice's worklogs (a void); returns their ids. */
    List<Long> release(long invoiceId);

    /** Which of these worklogs are billed, and how. */
    Map<Long, InvoicedWork> of(Collection<Long> worklogIds);

    /** The invoice's rows in the order of its detail sheet (day, issue), streamed. */
    void stream(long invoiceId, Consumer<InvoicedWork> row);

    long count(long invoiceId);
}
