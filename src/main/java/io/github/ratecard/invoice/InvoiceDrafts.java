package io.github.ratecard.invoice;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Drafts, until they are issued: drafted for an account and a period, refreshed from the current
 * ledger, narrowed (entries left out, line texts changed, lines of finance's own), previewed,
 * deleted. An issued or voided document is no draft and never changes (409). Every change is audited.
 */
public final class InvoiceDrafts {

    private final InvoiceStore invoices;
    private final DraftChoices choices;
    private final DraftSources sources;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final PendingStatements pending;

    public InvoiceDrafts(InvoiceStore invoices, DraftChoices choices, DraftSources sources, AccountStore accounts, AuditLog audit,
                         Transactions transactions, Clock clock) {
        this(invoices, choices, sources, accounts, audit, transactions, clock, PendingStatements.NONE);
    }

    /** {@code pending} counts the pending changes of approved or closed work an invoice or a report leaves out. */
    public InvoiceDrafts(InvoiceStore invoices, DraftChoices choices, DraftSources sources, AccountStore accounts, AuditLog audit,
                         Transactions transactions, Clock clock, PendingStatements pending) {
        this.pending = pending;
        this.invoices = invoices;
        this.choices = choices;
        this.sources = sources;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new draft of the account's un-invoiced billable work (and expenses, and pending adjustments) of the period. */
    public Invoice draft(String accountKey, DateRange period, LineGrouping grouping, List<String> projectKeys, String jql, String createdBy) {
        return draft(accountKey, period, grouping, projectKeys, jql, createdBy, RequestReceipt.NONE);
    }

    /** A new draft, kept by {@code receipt} in the transaction that creates it. */
    public Invoice draft(String accountKey, DateRange period, LineGrouping grouping, List<String> projectKeys, String jql, String createdBy,
                         RequestReceipt receipt) {
        ClientAccount account = InvoiceAudit.openAccount(accounts, accountKey);
        checkJql(jql);
        Invoice empty = Invoice.draft(InvoiceHeader.invoice(account.key(), period, grouping, account.currency(), projectKeys, jql, createdBy),
                account.taxRatePercent());
        sources.requireContractPeriod(empty.header());
        DraftLines lines = sources.compose(empty, List.of(), sources.issuesOf(empty));
        lines.terms().conflict().ifPresent(conflict -> {
            throw new io.github.ratecard.domain.ConflictException("period", conflict);
        });
        return transactions.inTransaction(() -> {
            long id = invoices.insert(empty.withLines(lines.lines()));
            Invoice created = invoices.require(id);
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), "draft", null, InvoiceAudit.snapshot(created));
            receipt.keep(created);
            return created;
        });
    }

    /**
     * What the account's un-invoiced billable work of the period comes to, grouped as asked, without
     * keeping anything: the billing report. The invoice it returns is an unsaved draft.
     */
    public Report report(String accountKey, DateRange period, LineGrouping grouping, List<String> projectKeys, String jql, String viewer) {
        return report(accountKey, period, grouping, projectKeys, jql, viewer, io.github.ratecard.approval.ApprovalFilter.ALL);
    }

    /** The billing report of the work whose timesheets are in the state {@code approval} asks for. */
    public Report report(String accountKey, DateRange period, LineGrouping grouping, List<String> projectKeys, String jql, String viewer,
                         io.github.ratecard.approval.ApprovalFilter approval) {
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new InvalidInputException("account", "No account " + accountKey));
        checkJql(jql);
        Invoice empty = Invoice.draft(InvoiceHeader.invoice(account.key(), period, grouping, account.currency(), projectKeys, jql, viewer),
                account.taxRatePercent());
        DraftLines lines = sources.composeReport(empty, sources.issuesOf(empty), approval);
        return new Report(empty.withLines(lines.lines()), lines, pending.notIncludedIn(empty));
    }

    private static void checkJql(String jql) {
        InvalidInputException.require(jql == null || jql.strip().length() <= InputLimits.JQL, "jql",
                "A JQL query has at most " + InputLimits.JQL + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.JQL));
    }

    /**
     * The numbers of the account's issued invoices whose billing days touch the period, at most {@code limit}:
     * where the work of a period went when its billing report comes out empty.
     */
    public List<String> issuedDuring(String accountKey, DateRange period, int limit) {
        return invoices.list(InvoiceFilter.of(accountKey, InvoiceStatus.ISSUED, InvoiceKind.INVOICE).during(period), 0, limit).items()
                .stream().flatMap(invoice -> invoice.number().stream()).toList();
    }

    /**
     * A billing report: its lines as an unsaved draft, the work they are made of, and how many pending changes of
     * approved or closed work in its projects and period it does not include.
     */
    public record Report(Invoice invoice, DraftLines lines, long pendingChanges) {
    }

    /** How many pending changes of approved or closed work the invoice does not include (see {@link PendingStatements}). */
    public long pendingChangesNotIn(Invoice invoice) {
        return pending.notIncludedIn(invoice);
    }

    /** The worklogs finance left out of a draft. */
    public Set<Long> excludedWorklogs(long id) {
        return choices.excludedWorklogs(id);
    }

    /** The draft's lines as they would be now, and what blocks issuing. */
    public DraftLines preview(long id) {
        Invoice draft = invoices.requireDraft(id);
        return sources.compose(draft, sources.issuesOf(draft));
    }

    /** Composes the draft again from the current ledger: new work appears, left-out work stays out, finance's own lines and texts stay. */
    public Invoice refresh(long id) {
        IssueMatches issues = sources.issuesOf(invoices.requireDraft(id));
        return transactions.inTransaction(() -> {
            Invoice draft = invoices.requireDraft(id);
            invoices.update(draft.withLines(sources.compose(draft, issues).lines()));
            return invoices.require(id);
        });
    }

    /** Leaves worklogs billed to the draft's account, and recorded expenses, out of the draft; any other id is refused. */
    public Invoice exclude(long id, Collection<Long> worklogIds, Collection<Long> expenseIds) {
        return changeDraft(id, "exclude", draft -> {
            sources.requireWorkOf(draft.accountKey(), worklogIds);
            sources.requireExpenses(expenseIds);
            choices.exclude(id, worklogIds, expenseIds);
        });
    }

    public Invoice include(long id, Collection<Long> worklogIds, Collection<Long> expenseIds) {
        return changeDraft(id, "include", draft -> choices.include(id, worklogIds, expenseIds));
    }

    public Invoice changeLineText(long id, String lineKey, String text) {
        return changeDraft(id, "text", draft -> {
            InvalidInputException.require(draft.lines().stream().anyMatch(line -> line.groupKey().equals(lineKey)), "lineKey",
                    "The draft has no line " + lineKey);
            InvalidInputException.require(text != null && !text.isBlank() && text.strip().length() <= InputLimits.LINE_TEXT, "text",
                    "A line needs a text of 1 to " + InputLimits.LINE_TEXT + " characters");
            choices.setText(id, lineKey, text.strip());
        });
    }

    /** A line of finance's own: a fixed fee, or a discount (a negative amount), at the invoice's rate. */
    public Invoice addManualLine(long id, String text, Money amount) {
        return addManualLine(id, text, amount, Optional.empty());
    }

    /** A line of finance's own at the VAT given (empty: the invoice's rate). */
    public Invoice addManualLine(long id, String text, Money amount, Optional<LineVat> vat) {
        IssueMatches issues = sources.issuesOf(invoices.requireDraft(id));
        return transactions.inTransaction(() -> {
            Invoice draft = invoices.requireDraft(id);
            InvalidInputException.require(amount.currency().equals(draft.currency()), "currency",
                    "The invoice is in " + draft.currency().getCurrencyCode());
            InvalidInputException.require(!amount.isZero(), "amount", "A line of your own needs an amount other than zero");
            AmountLimits.require(amount, "amount");
            List<InvoiceLine> manual = new ArrayList<>(DraftSources.manualLines(draft));
            InvalidInputException.require(manual.size() < InputLimits.MANUAL_LINES, "amount",
                    "A draft may have at most " + InputLimits.MANUAL_LINES + " lines of your own");
            manual.add(new InvoiceLine(0, LineKind.MANUAL, "MANUAL:" + clock.millis() + ":" + manual.size(), text, BigDecimal.ONE,
                    amount.toDecimal(), amount, 0, 0).withVat(vat));
            invoices.update(draft.withLines(sources.compose(draft, manual, issues).lines()));
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), "line", null, vat.map(each -> Map.<String, Object>of("text", text, "amount",
                    amount.toString(), "vat", describe(each))).orElse(Map.of("text", text, "amount", amount.toString())));
            return invoices.require(id);
        });
    }

    /**
     * Charges a line of finance's own or an expense at the VAT given, or at the invoice's rate again (empty). Work, contract
     * and adjustment lines are always at the invoice's rate (400 naming {@code lineKey}).
     */
    public Invoice changeLineVat(long id, String lineKey, Optional<LineVat> vat) {
        IssueMatches issues = sources.issuesOf(invoices.requireDraft(id));
        return transactions.inTransaction(() -> {
            Invoice draft = invoices.requireDraft(id);
            InvoiceLine line = draft.lines().stream().filter(each -> each.groupKey().equals(lineKey)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("lineKey", "The draft has no line " + lineKey));
            InvalidInputException.require(line.takesOwnVat(), "lineKey",
                    "Only a line of your own or an expense has a VAT of its own; work is charged at the invoice's rate");
            Invoice chosen = draft.withLines(draft.lines().stream().map(each -> each.groupKey().equals(lineKey) ? each.withVat(vat) : each).toList());
            invoices.update(draft.withLines(sources.compose(chosen, DraftSources.manualLines(chosen), issues).lines()));
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), "vat", Map.of("lineKey", lineKey, "vat", line.vat().map(InvoiceDrafts::describe)
                    .orElse("invoice rate")), Map.of("lineKey", lineKey, "vat", vat.map(InvoiceDrafts::describe).orElse("invoice rate")));
            return invoices.require(id);
        });
    }

    private static String describe(LineVat vat) {
        return vat.category() + " " + vat.percent().toPlainString() + " %" + (vat.reason().isEmpty() ? "" : " (" + vat.reason() + ")");
    }

    public Invoice removeManualLine(long id, String lineKey) {
        IssueMatches issues = sources.issuesOf(invoices.requireDraft(id));
        return transactions.inTransaction(() -> {
            Invoice draft = invoices.requireDraft(id);
            List<InvoiceLine> manual = new ArrayList<>(DraftSources.manualLines(draft));
            InvalidInputException.require(manual.removeIf(line -> line.groupKey().equals(lineKey)), "lineKey",
                    "The draft has no line of your own " + lineKey);
            invoices.update(draft.withLines(sources.compose(draft, manual, issues).lines()));
            return invoices.require(id);
        });
    }

    public void deleteDraft(long id) {
        transactions.inTransaction(() -> {
            Invoice draft = invoices.requireDraft(id);
            choices.clear(id);
            invoices.delete(id);
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), "delete", InvoiceAudit.snapshot(draft), null);
            return null;
        });
    }

    private Invoice changeDraft(long id, String action, Consumer<Invoice> change) {
        IssueMatches issues = sources.issuesOf(invoices.requireDraft(id));
        return transactions.inTransaction(() -> {
            Invoice draft = invoices.requireDraft(id);
            change.accept(draft);
            Invoice changed = draft.withLines(sources.compose(draft, issues).lines());
            invoices.update(changed);
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), action, null, Map.of("lines", changed.lines().size()));
            return invoices.require(id);
        });
    }
}
