package io.github.ratecard.invoice;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which invoice billed each of some worklogs, and whether Jira changed the worklog since: three reads whatever their number. */
public final class InvoiceMarks {

    private final InvoicedWorkStore invoiced;
    private final IssuedNumbers numbers;
    private final AdjustmentStore adjustments;

    public InvoiceMarks(InvoicedWorkStore invoiced, IssuedNumbers numbers, AdjustmentStore adjustments) {
        this.invoiced = invoiced;
        this.numbers = numbers;
        this.adjustments = adjustments;
    }

    /** The invoice number that billed a worklog, and whether it changed since. */
    public record Mark(String invoiceNumber, boolean changedSince) {
    }

    public Map<Long, Mark> of(Collection<Long> worklogIds) {
        Map<Long, Mark> marks = new HashMap<>();
        if (worklogIds.isEmpty()) {
            return marks;
        }
        Map<Long, InvoicedWork> billed = invoiced.of(worklogIds);
        if (billed.isEmpty()) {
            return marks;
        }
        Map<Long, String> numbered = numbers.of(billed.values().stream().map(InvoicedWork::invoiceId).distinct().toList());
        Set<Long> changed = adjustments.pendingAmong(billed.keySet());
        billed.forEach((worklog, work) -> marks.put(worklog, new Mark(numbered.get(work.invoiceId()), changed.contains(worklog))));
        return marks;
    }
}
