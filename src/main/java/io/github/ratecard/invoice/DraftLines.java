package io.github.ratecard.invoice;

import java.util.List;

/**
 * What a draft's lines are made of, the work that blocks issuing (no bill rate), listed so finance can fix the rates
 * first, and the billed seconds of work left out because its timesheet is not approved (projects whose drafts take
 * approved time only) or not in the state a billing report asked for.
 */
public record DraftLines(List<InvoiceLine> lines, List<BillableWork> blockers, List<BillableWork> included, long leftOutSeconds) {

    public DraftLines(List<InvoiceLine> lines, List<BillableWork> blockers, List<BillableWork> included) {
        this(lines, blockers, included, 0);
    }

    public DraftLines {
        lines = List.copyOf(lines);
        blockers = List.copyOf(blockers);
        included = List.copyOf(included);
    }

    DraftLines leavingOut(long seconds) {
        return new DraftLines(lines, blockers, included, seconds);
    }
}
