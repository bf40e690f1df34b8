package io.github.ratecard.invoice;

import java.util.List;
import java.util.Optional;

/**
 * What a contract makes of a draft's work: its lines (a retainer's fee and overage, a fixed fee's instalments, a cap's
 * write-off), the work that blocks issuing (it needs a bill rate the contract does not give), the work it bills, the
 * line that work is on when it carries no money of its own (a retainer's or a fixed fee's; empty: each worklog on the
 * line of its rate, as time and materials), and the statement of figures shown with the draft.
 */
public record ContractDraft(List<InvoiceLine> lines, List<BillableWork> blockers, List<BillableWork> included, Optional<String> coveringLine,
                            ContractStatement statement) {

    public ContractDraft {
        lines = List.copyOf(lines);
        blockers = List.copyOf(blockers);
        included = List.copyOf(included);
    }
}
