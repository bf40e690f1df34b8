package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.Instant;
import java.util.Locale;
import org.junit.After;
import org.junit.Test;

/** The invoice page shows a document's worklogs 500 at a time, and an offset past the end shows the last page. */
public class InvoicePagesPagingTest {

    private static final int WORKLOGS = 1_201;

    private final InvoiceKit kit = new InvoiceKit();
    private final InvoicePages pages = new InvoicePages(kit.invoices, kit.drafts, kit.invoiced, kit.rateCard.accounts, kit.parties(), key -> key,
            () -> Locale.ENGLISH);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void issuedInvoice_shouldShowItsWorklogsAPageAtATime() {
        long id = issuedWithManyWorklogs();

        InvoicePageView second = pages.document(id, "", 500);

        assertEquals(500, second.getEntries().getRows().size());
        assertEquals("501\u20131,000 / 1,201", second.getEntriesShown());
        assertEquals(0, second.getPreviousEntries());
        assertEquals(1000, second.getNextEntries());
    }

    @Test
    public void offsetPastTheEnd_shouldShowTheLastPage() {
        long id = issuedWithManyWorklogs();

        InvoicePageView last = pages.document(id, "", Integer.MAX_VALUE);

        assertEquals(201, last.getEntries().getRows().size());
        assertEquals("1,001\u20131,201 / 1,201", last.getEntriesShown());
        assertEquals(500, last.getPreviousEntries());
        assertEquals(-1, last.getNextEntries());
    }

    @Test
    public void draft_shouldBePagedLikeAnIssuedInvoice() {
        logMany();
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        InvoicePageView first = pages.document(draft.id(), "", 0);

        assertEquals(500, first.getEntries().getRows().size());
        assertEquals(-1, first.getPreviousEntries());
        assertEquals(500, first.getNextEntries());
    }

    private long issuedWithManyWorklogs() {
        logMany();
        return kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), java.time.LocalDate.parse("2026-11-05"), null, "fiona").id();
    }

    private void logMany() {
        for (int i = 0; i < WORKLOGS; i++) {
            String started = Instant.parse("2026-10-01T08:00:00Z").plusSeconds(60L * i).toString();
            kit.log(i + 1, i % 20 + 1, started, 900);
        }
    }
}
