package io.github.ratecard.invoice;

import io.github.ratecard.ledger.InvoicedWorkChanges;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.util.List;
import java.util.Optional;

/**
 * Records work changed after invoicing as the account's pending adjustment: what the worklog
 * bills now at the rate it was invoiced at, less what was billed for it (on its invoice and on
 * later adjustments). One pending adjustment per worklog, replaced by each further change, and
 * none when the work is back as billed.
 */
public final class AdjustmentRecorder implements InvoicedWorkChanges {

    private final InvoicedWorkStore invoiced;
    private final InvoiceStore invoices;
    private final AdjustmentStore adjustments;

    public AdjustmentRecorder(InvoicedWorkStore invoiced, InvoiceStore invoices, AdjustmentStore adjustments) {
        this.invoiced = invoiced;
        this.invoices = invoices;
        this.adjustments = adjustments;
    }

    @Override
    public void changed(LedgerEntry billed, Optional<LedgerEntry> now) {
        InvoicedWork row = invoiced.of(List.of(billed.worklogId())).get(billed.worklogId());
        if (row == null) {
            return;
        }
        Invoice invoice = invoices.invoice(row.invoiceId()).orElseThrow();
        long[] earlier = adjustments.billedAdjustments(billed.worklogId());
        long billedSeconds = row.billedSeconds() + earlier[0];
        long billedMinor = row.amount().minorUnits() + earlier[1];
        long nowSeconds = now.filter(LedgerEntry::billable).map(LedgerEntry::billedSeconds).orElse(0L);
        Money nowAmount = new HourlyRate(row.rate(), invoice.currency()).priceFor(nowSeconds);
        long deltaSeconds = nowSeconds - billedSeconds;
        long deltaMinor = nowAmount.minorUnits() - billedMinor;
        Optional<PendingAdjustment> pending = deltaSeconds == 0 && deltaMinor == 0 ? Optional.empty()
                : Optional.of(new PendingAdjustment(billed.worklogId(), invoice.accountKey(), invoice.id(), invoice.number().orElse(null), row.issueKey(),
                        deltaSeconds, Money.ofMinor(deltaMinor, invoice.currency()), now.isEmpty()));
        adjustments.setPending(billed.worklogId(), pending);
    }
}
