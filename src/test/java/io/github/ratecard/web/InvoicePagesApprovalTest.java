package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.store.AoPendingChangeStore;
import io.github.ratecard.store.AoPeriodCloseStore;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.After;
import org.junit.Test;

/**
 * The invoice page states whether the document includes pending changes of approved or closed time: a draft those
 * open now, an issued invoice those that were open when it was issued, whatever finance decided since.
 */
public class InvoicePagesApprovalTest {

    private final InvoiceKit kit = new InvoiceKit();
    private final InvoicePages pages = new InvoicePages(kit.invoices, kit.drafts, kit.invoiced, kit.rateCard.accounts, kit.parties(), key -> key,
            () -> Locale.ENGLISH);
    private final AoPendingChangeStore pending = kit.rateCard.app.bean(AoPendingChangeStore.class);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void draftWithoutPendingChanges_shouldSaySo() {
        kit.log(1, 1, "2026-10-05T08:00:00Z", 900);

        assertEquals("ratecard.invoice.pending.none", pendingRow(kit.draft("2026-10-01", "2026-10-31").id()));
    }

    @Test
    public void invoiceIssuedWhileAChangeWasPending_shouldKeepSayingSoAfterFinanceResolvedIt() {
        kit.log(1, 1, "2026-10-05T08:00:00Z", 900);
        AoPeriodCloseStore closes = kit.rateCard.app.bean(AoPeriodCloseStore.class);
        CloseScope acme = CloseScope.project(InvoiceKit.ACME);
        closes.prepare(acme, YearMonth.of(2026, 10));
        closes.apply(acme, YearMonth.of(2026, 10), new CloseEvent(CloseAction.CLOSE, "fiona", Instant.parse("2026-11-01T08:00:00Z"), null));
        kit.log(1, 1, "2026-10-05T08:00:00Z", 1800, Instant.parse("2026-11-02T08:00:00Z"));
        long draft = kit.draft("2026-10-01", "2026-10-31").id();
        String onTheDraft = pendingRow(draft);
        long issued = kit.issuing.issue(draft, LocalDate.parse("2026-11-05"), null, "fiona").id();
        PendingChangeStore.Stored open = pending.openOf(1).orElseThrow();

        pending.resolve(open.id(), PendingChangeStore.Status.FLAGGED, "fiona", Instant.now().plusSeconds(3600));

        assertEquals("ratecard.invoice.pending.one", onTheDraft);
        assertEquals("ratecard.invoice.pending.issued.one", pendingRow(issued));
    }

    private String pendingRow(long id) {
        return pages.document(id, "").getSummary().stream().filter(row -> row.getId().equals("pending")).findFirst().orElseThrow().getValue();
    }
}
