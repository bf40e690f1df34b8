package io.github.ratecard.web;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoiceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The documents one document is linked with: a credit note's invoice; an invoice's credit notes;
 * a voided invoice's replacement and the voided invoice a later one replaces. A replacement is not
 * recorded: it is a later invoice of the same account whose period touches the voided one's, not
 * voided itself. Each link is a row: relation (label), the document's title (value), its id.
 */
final class InvoiceLinks {

    /** How many invoices of an overlapping period are looked at for replacements. */
    private static final int NEIGHBOURS = 20;

    private final InvoiceStore invoices;
    private final Function<Invoice, String> title;

    InvoiceLinks(InvoiceStore invoices, Function<Invoice, String> title) {
        this.invoices = invoices;
        this.title = title;
    }

    List<PageRow> of(Invoice invoice) {
        List<PageRow> links = new ArrayList<>();
        invoice.header().creditOf().ifPresent(credit -> links.add(link("credits", invoices.require(credit.invoiceId()))));
        if (invoice.kind() != InvoiceKind.INVOICE) {
            return links;
        }
        invoices.creditNotesOf(invoice.id()).forEach(note -> links.add(link("creditNote", note)));
        InvoiceFilter sameWork = InvoiceFilter.of(invoice.accountKey(), null, InvoiceKind.INVOICE).during(invoice.header().period());
        for (Invoice other : invoices.list(sameWork, 0, NEIGHBOURS).items()) {
            if (invoice.status() == InvoiceStatus.VOID && other.id() > invoice.id() && other.status() != InvoiceStatus.VOID) {
                links.add(link("replacedBy", other));
            } else if (invoice.status() != InvoiceStatus.VOID && other.id() < invoice.id() && other.status() == InvoiceStatus.VOID) {
                links.add(link("replaces", other));
            }
        }
        return links;
    }

    private PageRow link(String relation, Invoice other) {
        return new PageRow(String.valueOf(other.id()), "ratecard.invoice.related." + relation, List.of(title.apply(other)), relation, null);
    }
}
