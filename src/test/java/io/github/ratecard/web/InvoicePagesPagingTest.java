package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.Instant;
import java.util.Locale;
import org.junit.After;
import org.junit.Test;

/** The invoice page shows a document's worklogs and lines 50 at a time, and an offset past the end shows the last page. */
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

        InvoicePageView second = pages.document(id, "", shown(0, 50));

        assertEquals(50, second.getEntries().getTable().getRows().size());
        assertEquals("51\u2013100 / 1,201", second.getEntries().getShown());
        assertEquals(0, second.getEntries().getPrevious());
        assertEquals(100, second.getEntries().getNext());
    }

    @Test
    public void offsetPastTheEnd_shouldShowTheLastPage() {
        long id = issuedWithManyWorklogs();

        InvoicePageView last = pages.document(id, "", shown(0, Integer.MAX_VALUE));

        assertEquals(1, last.getEntries().getTable().getRows().size());
        assertEquals("1,201\u20131,201 / 1,201", last.getEntries().getShown());
        assertEquals(1150, last.getEntries().getPrevious());
        assertEquals(-1, last.getEntries().getNext());
    }

    @Test
    public void draft_shouldBePagedLikeAnIssuedInvoice() {
        logMany();
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        InvoicePageView first = pages.document(draft.id(), "", shown(0, 0));

        assertEquals(50, first.getEntries().getTable().getRows().size());
        assertEquals(-1, first.getEntries().getPrevious());
        assertEquals(50, first.getEntries().getNext());
    }

    @Test
    public void draftWithMoreLinesThanAPage_shouldShowItsLinesAPageAtATime() {
        for (int i = 0; i < 120; i++) {
            kit.log(i + 1, i + 1, Instant.parse("2026-10-01T08:00:00Z").plusSeconds(60L * i).toString(), 900);
        }
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        InvoicePageView second = pages.document(draft.id(), "", shown(50, 0));

        assertEquals(50, second.getLines().getTable().getRows().size());
        assertEquals("51\u2013100 / 120", second.getLines().getShown());
        assertEquals(100, second.getLines().getNext());
    }

    private static InvoicePageView.Shown shown(int lines, int entries) {
        return new InvoicePageView.Shown("lines", lines, entries, 0, null);
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
