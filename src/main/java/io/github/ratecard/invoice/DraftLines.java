package io.github.ratecard.invoice;

import java.util.List;

/** What a draft's lines are made of, and the work that blocks issuing (no bill rate), listed so finance can fix the rates first. */
public record DraftLines(List<InvoiceLine> lines, List<BillableWork> blockers, List<BillableWork> included) {

    public DraftLines {
        lines = List.copyOf(lines);
        blockers = List.copyOf(blockers);
        included = List.copyOf(included);
    }
}
