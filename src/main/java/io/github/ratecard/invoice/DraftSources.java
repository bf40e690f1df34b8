package io.github.ratecard.invoice;

import io.github.ratecard.budget.Expense;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.domain.DateRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a draft's lines are composed of, read as it is now: the account's un-invoiced billable work
 * and expenses of the period (narrowed to the issues its JQL query matches), its pending
 * adjustments, and finance's choices on the draft.
 */
public final class DraftSources {

    private final BillableWorkReader reader;
    private final LedgerStore ledger;
    private final DraftChoices choices;
    private final InvoiceStore invoices;
    private final AdjustmentStore adjustments;
    private final IssueSearch issueSearch;
    private final ContractDrafting contracts;

    /** {@code issueSearch}: Jira's search, for drafts narrowed by JQL. */
    public DraftSources(BillableWorkReader reader, LedgerStore ledger, DraftChoices choices, InvoiceStore invoices, AdjustmentStore adjustments,
                        IssueSearch issueSearch) {
        this(reader, ledger, choices, invoices, adjustments, issueSearch, ContractDrafting.NONE);
    }

    /** {@code contracts}: applies the account's contract (a retainer, a fixed fee, a cap) to its drafts. */
    public DraftSources(BillableWorkReader reader, LedgerStore ledger, DraftChoices choices, InvoiceStore invoices, AdjustmentStore adjustments,
                        IssueSearch issueSearch, ContractDrafting contracts) {
        this.contracts = contracts;
        this.reader = reader;
        this.ledger = ledger;
        this.choices = choices;
        this.invoices = invoices;
        this.adjustments = adjustments;
        this.issueSearch = issueSearch;
    }

    /** The issues the draft's JQL query matches now, asked of Jira once per change, outside any transaction. */
    IssueMatches issuesOf(Invoice draft) {
        return draft.header().jql().isEmpty() ? IssueMatches.ANY : issueSearch.matching(draft.header().jql(), draft.header().createdBy());
    }

    /** The draft's lines as they would be now, keeping its own lines of finance's. */
    DraftLines compose(Invoice draft, IssueMatches issues) {
        return compose(draft, manualLines(draft), issues);
    }

    /** The draft's lines as they would be now, with {@code manual} as finance's own lines. */
    DraftLines compose(Invoice draft, List<InvoiceLine> manual, IssueMatches issues) {
        return compose(draft, manual, issues, reader.draftChoice());
    }

    /** A billing report's lines: the draft's, of the work whose approval state the report asks for. */
    DraftLines composeReport(Invoice draft, IssueMatches issues, io.github.ratecard.approval.ApprovalFilter filter) {
        return compose(draft, List.of(), issues, projectId -> filter);
    }

    private DraftLines compose(Invoice draft, List<InvoiceLine> manual, IssueMatches issues, WorkApprovals.Choice choice) {
        long id = draft.id();
        InvoiceHeader header = draft.header();
        Set<Long> excludedWork = id == 0 ? Set.of() : choices.excludedWorklogs(id);
        Set<Long> excludedExpenses = id == 0 ? Set.of() : choices.excludedExpenses(id);
        Map<String, String> texts = id == 0 ? Map.of() : choices.texts(id);
        List<Expense> billableExpenses = reader.expenses(header.accountKey(), header.period(), header.projectKeys(), issues);
        Set<Long> expenseIdsOnInvoices = invoices.billedExpenses(header.accountKey());
        billableExpenses.removeIf(expense -> expenseIdsOnInvoices.contains(expense.id()));
        Optional<ContractDrafting.Plan> plan = contracts.plan(header);
        DateRange workDays = plan.map(ContractDrafting.Plan::workDays).orElse(header.period());
        BillableWorkReader.Read work = reader.work(header.accountKey(), workDays, header.projectKeys(), issues, choice);
        boolean timeLines = plan.map(ContractDrafting.Plan::billsWorkAsTime).orElse(true);
        DraftLines composed = DraftComposer.compose(header.grouping(), header.currency(), new DraftComposer.Sources(timeLines ? work.work() : List.of(),
                billableExpenses, adjustments.pending(header.accountKey()), manual, excludedWork, excludedExpenses, texts)).leavingOut(work.leftOutSeconds());
        DraftLines lines = plan.map(contract -> withContract(contract, composed, work.work(), excludedWork, texts)).orElse(composed);
        return lines.withLines(keepingVat(draft.lines(), lines.lines()));
    }

    /** The lines with the VAT finance chose for an expense on the draft before (a line of its own carries its VAT itself). */
    static List<InvoiceLine> keepingVat(List<InvoiceLine> before, List<InvoiceLine> composed) {
        Map<String, LineVat> chosen = new java.util.HashMap<>();
        before.stream().filter(line -> line.kind() == LineKind.EXPENSE && line.vat().isPresent())
                .forEach(line -> chosen.put(line.groupKey(), line.vat().get()));
        if (chosen.isEmpty()) {
            return composed;
        }
        return composed.stream().map(line -> line.kind() == LineKind.EXPENSE && line.vat().isEmpty() && chosen.containsKey(line.groupKey())
                ? line.withVat(Optional.of(chosen.get(line.groupKey()))) : line).toList();
    }

    /** The draft's lines with what the contract makes of its work: its lines first, then the draft's others. */
    private static DraftLines withContract(ContractDrafting.Plan plan, DraftLines composed, List<BillableWork> work, Set<Long> excludedWork,
                                           Map<String, String> texts) {
        List<BillableWork> kept = work.stream().filter(each -> !excludedWork.contains(each.worklogId())).toList();
        boolean timeLines = plan.billsWorkAsTime();
        List<InvoiceLine> timeOnly = composed.lines().stream().filter(line -> line.kind() == LineKind.WORK || line.kind() == LineKind.ADJUSTMENT).toList();
        ContractDraft contract = plan.compose(timeLines ? composed.included() : kept, timeOnly, texts);
        List<InvoiceLine> lines = new ArrayList<>();
        lines.addAll(timeLines ? composed.lines() : contract.lines());
        lines.addAll(timeLines ? contract.lines() : composed.lines());
        List<BillableWork> blockers = timeLines ? composed.blockers() : contract.blockers();
        return new DraftLines(lines, blockers, contract.included(), composed.leftOutSeconds(),
                new DraftLines.Terms(contract.coveringLine(), contract.statement(), plan.conflict()));
    }

    /** Refuses (400) a draft whose period is not one of its account's retainer periods. */
    void requireContractPeriod(InvoiceHeader header) {
        contracts.plan(header).ifPresent(ContractDrafting.Plan::requireFits);
    }

    static List<InvoiceLine> manualLines(Invoice draft) {
        return draft.lines().stream().filter(line -> line.kind() == LineKind.MANUAL).toList();
    }

    /** Refuses (400) a worklog that is not in the ledger, or not billed to the account. */
    void requireWorkOf(String accountKey, Collection<Long> worklogIds) {
        Map<Long, LedgerStore.Stored> stored = ledger.storedAll(worklogIds);
        for (long worklogId : worklogIds) {
            LedgerStore.Stored found = stored.get(worklogId);
            InvalidInputException.require(found != null && found.entry().isPresent(), "worklogIds", "No worklog " + worklogId);
            InvalidInputException.require(accountKey.equals(found.entry().get().accountKey()), "worklogIds",
                    "Worklog " + worklogId + " is not billed to " + accountKey);
        }
    }

    /** Refuses (400) an expense that was never recorded. */
    void requireExpenses(Collection<Long> expenseIds) {
        for (long expenseId : expenseIds) {
            InvalidInputException.require(reader.expenseExists(expenseId), "expenseIds", "No expense " + expenseId);
        }
    }
}
