package io.github.ratecard.invoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a draft's lines are made of, the work that blocks issuing (no bill rate), listed so finance can fix the rates
 * first, and the billed seconds of work left out because its timesheet is not approved (projects whose drafts take
 * approved time only) or not in the state a billing report asked for; and what the account's contract made of it
 * ({@link Terms#NONE} for time and materials).
 */
public record DraftLines(List<InvoiceLine> lines, List<BillableWork> blockers, List<BillableWork> included, long leftOutSeconds, Terms terms) {

    public DraftLines(List<InvoiceLine> lines, List<BillableWork> blockers, List<BillableWork> included) {
        this(lines, blockers, included, 0, Terms.NONE);
    }

    /** The same draft with these lines in place of its own. */
    public DraftLines withLines(List<InvoiceLine> newLines) {
        return new DraftLines(newLines, blockers, included, leftOutSeconds, terms);
    }

    public DraftLines {
        lines = List.copyOf(lines);
        blockers = List.copyOf(blockers);
        included = List.copyOf(included);
        terms = terms == null ? Terms.NONE : terms;
    }

    /**
     * What a contract made of the draft: the line its work is on at no money of its own (a retainer's fee, a fixed fee's;
     * empty: each worklog on the line of its rate), the statement of its figures, and why it cannot be issued (a retainer
     * period billed already).
     */
    public record Terms(Optional<String> coveringLine, ContractStatement statement, Optional<String> conflict) {

        public static final Terms NONE = new Terms(Optional.empty(), ContractStatement.NONE, Optional.empty());
    }

    DraftLines leavingOut(long seconds) {
        return new DraftLines(lines, blockers, included, seconds, terms);
    }

    /** The key of the line a worklog of the draft is on. */
    public String lineKeyOf(LineGrouping grouping, BillableWork work) {
        return terms.coveringLine().orElseGet(() -> DraftComposer.lineKeyOf(grouping, work));
    }

    /** The rate a worklog of the draft is billed at on its own row: none (zero) when the contract's line bills it. */
    public BigDecimal rowRate(BillableWork work) {
        return terms.coveringLine().isPresent() ? BigDecimal.ZERO : work.rate().amount();
    }

    /** What a worklog of the draft comes to on its own row: nothing when the contract's line bills it. */
    public io.github.ratecard.money.Money rowAmount(BillableWork work, java.util.Currency currency) {
        return terms.coveringLine().isPresent() ? io.github.ratecard.money.Money.zero(currency) : work.rate().priceFor(work.billedSeconds());
    }
}
