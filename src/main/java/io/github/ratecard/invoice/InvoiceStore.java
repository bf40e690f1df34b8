package io.github.ratecard.invoice;

import io.github.ratecard.domain.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where invoices, their lines and a draft's choices (exclusions, edited texts) are kept. */
public interface InvoiceStore {

    /** Stores a new document with its lines (ids ignored) and returns its id. */
    long insert(Invoice invoice);

    /** Replaces a document's fields and lines. */
    void update(Invoice invoice);

    Optional<Invoice> invoice(long id);

    /** Whether an issued document already carries this number. */
    boolean numberTaken(String number);

    /** Documents newest first, narrowed by the filter. */
    Page<Invoice> list(InvoiceFilter filter, int offset, int limit);

    /** Removes a draft and its choices. */
    void delete(long id);

    /** The worklogs and expenses finance left out of a draft. */
    Set<Long> excludedWorklogs(long invoiceId);

    Set<Long> excludedExpenses(long invoiceId);

    void exclude(long invoiceId, Collection<Long> worklogIds, Collection<Long> expenseIds);

    void include(long invoiceId, Collection<Long> worklogIds, Collection<Long> expenseIds);

    /** Line texts finance changed, by line key. */
    Map<String, String> texts(long invoiceId);

    void setText(long invoiceId, String lineKey, String text);

    /** The numbers of these documents (drafts have none), in one read. */
    Map<Long, String> numbers(Collection<Long> invoiceIds);

    /** The ids of the expenses billed on the account's issued (not voided) invoices. */
    Set<Long> billedExpenses(String accountKey);

    /** The credit notes issued for an invoice. */
    List<Invoice> creditNotesOf(long invoiceId);
}
