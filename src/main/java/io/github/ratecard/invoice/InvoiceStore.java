package io.github.ratecard.invoice;

import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where invoices and their lines are kept; an issued document's number is unique among all documents. */
public interface InvoiceStore {

    /** Stores a new document with its lines (ids ignored) and returns its id. */
    long insert(Invoice invoice);

    /** Replaces a document's fields and lines. */
    void update(Invoice invoice);

    Optional<Invoice> invoice(long id);

    /** Documents newest first, narrowed by the filter. */
    Page<Invoice> list(InvoiceFilter filter, int offset, int limit);

    /** Removes a draft and its lines. */
    void delete(long id);

    /** The ids of the expenses billed on the account's issued (not voided) invoices. */
    Set<Long> billedExpenses(String accountKey);

    /** The credit notes issued for an invoice. */
    List<Invoice> creditNotesOf(long invoiceId);

    /** The document, or 404. */
    default Invoice require(long id) {
        return invoice(id).orElseThrow(() -> new NotFoundException("No invoice " + id));
    }

    /** The draft, or 404; an issued or voided document never changes (409). */
    default Invoice requireDraft(long id) {
        Invoice invoice = require(id);
        if (!invoice.isDraft()) {
            throw new ConflictException("status", invoice.describe() + " is " + invoice.status() + " and never changes");
        }
        return invoice;
    }
}
