package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Test;

/** The invoice page links a document with its credit notes, the invoice a note credits, and a voided invoice with its replacement. */
public class InvoicePagesLinksTest {

    private final InvoiceKit kit = new InvoiceKit();
    private final InvoicePages pages = new InvoicePages(kit.invoices, kit.drafts, kit.invoiced, kit.rateCard.accounts, kit.parties(), key -> key,
            () -> Locale.ENGLISH);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void voidedInvoice_shouldLinkItsReplacementAndTheReplacementIt() {
        long voided = issuedOctober();
        kit.issuing.voidInvoice(voided, "Wrong client address", "fiona");
        long replacement = kit.draft("2026-10-01", "2026-10-31").id();

        assertEquals(List.of("replacedBy " + replacement), links(voided));
        assertEquals(List.of("replaces " + voided), links(replacement));
    }

    @Test
    public void creditedInvoice_shouldLinkItsCreditNoteAndTheNoteTheInvoice() {
        long invoice = issuedOctober();
        Invoice note = kit.issuing.credit(invoice, List.of(), "Goodwill", LocalDate.parse("2026-11-10"), "fiona");

        assertEquals(List.of("creditNote " + note.id()), links(invoice));
        assertEquals(List.of("credits " + invoice), links(note.id()));
    }

    @Test
    public void invoiceOfAnotherPeriod_shouldNotBeCalledAReplacement() {
        long voided = issuedOctober();
        kit.issuing.voidInvoice(voided, "Wrong client address", "fiona");
        kit.log(2, 1, "2026-11-02T08:00:00Z", 900);
        kit.draft("2026-11-01", "2026-11-30");

        assertEquals(List.of(), links(voided));
    }

    private long issuedOctober() {
        kit.log(1, 1, "2026-10-01T08:00:00Z", 900);
        return kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), LocalDate.parse("2026-11-05"), null, "fiona").id();
    }

    /** Each link as its relation and the linked document's id. */
    private List<String> links(long id) {
        return pages.document(id, "").getRelated().stream().map((PageRow row) -> row.getState() + " " + row.getId()).toList();
    }
}
