package io.github.ratecard.invoice;

import io.github.ratecard.ledger.LedgerStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The work an issued invoice bills, marked in the issuing transaction: each worklog linked to the
 * invoice by its id (so none is billed twice) and its ledger entry marked invoiced, and the
 * adjustments on it billed. Voiding releases all of it.
 */
public final class WorkBilling {

    private final InvoicedWorkStore invoiced;
    private final LedgerStore ledger;
    private final AdjustmentStore adjustments;

    public WorkBilling(InvoicedWorkStore invoiced, LedgerStore ledger, AdjustmentStore adjustments) {
        this.invoiced = invoiced;
        this.ledger = ledger;
        this.adjustments = adjustments;
    }

    /** Throws {@link AdjustmentsChangedException} when an adjustment the lines bill is no longer pending as they show it. */
    void bill(Invoice issued, DraftLines lines) {
        invoiced.link(rows(issued, lines));
        ledger.markInvoiced(lines.included().stream().map(BillableWork::worklogId).toList(), true);
        adjustments.markBilled(billedAdjustments(lines), issued.id());
    }

    /** The pending adjustments the lines bill, with the hours and money each line shows. */
    static List<IssueWriter.BilledAdjustment> billedAdjustments(DraftLines lines) {
        return lines.lines().stream().filter(line -> line.adjusts().isPresent()).map(line -> new IssueWriter.BilledAdjustment(
                line.adjusts().get().worklogId(), line.seconds(), line.amount().minorUnits())).toList();
    }

    /** The voided invoice's worklogs may be billed again, its adjustments are pending again. */
    void release(long invoiceId) {
        List<Long> released = invoiced.release(invoiceId);
        ledger.markInvoiced(released, false);
        adjustments.reopen(invoiceId);
    }

    /** The links of the invoice's work, as billed: on a contract's line (a retainer's, a fixed fee's) at no money of their own. */
    static List<InvoicedWork> rows(Invoice invoice, DraftLines lines) {
        List<InvoicedWork> rows = new ArrayList<>(lines.included().size());
        for (BillableWork work : lines.included()) {
            rows.add(new InvoicedWork(work.worklogId(), invoice.id(), lines.lineKeyOf(invoice.header().grouping(), work), work.workDate(),
                    work.issueKey(), work.issueSummary(), work.authorName(), work.levelName(), work.workedSeconds(), work.billedSeconds(),
                    lines.rowRate(work), lines.rowAmount(work, invoice.currency())));
        }
        return rows;
    }
}
