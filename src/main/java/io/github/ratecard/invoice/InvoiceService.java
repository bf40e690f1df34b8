package io.github.ratecard.invoice;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.budget.DateRange;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.Settings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An invoice's life: drafted for an account and a period, refreshed, narrowed (entries left out,
 * line texts changed, lines of finance's own), issued under the next gap-free number of its
 * sequence in one transaction that freezes its lines and links its worklogs (so none is billed
 * twice), voided (the number stays, the worklogs are released), credited by credit notes of their
 * own sequence. An issued or voided document never changes (409). Every change is audited.
 */
public final class InvoiceService {

    static final String AUDIT_TYPE = "invoice";
    private static final int MAX_TAKEN_NUMBERS = 10_000;
    private static final int MAX_ATTEMPTS = 50;

    private final InvoiceStore invoices;
    private final InvoicedWorkStore invoiced;
    private final AdjustmentStore adjustments;
    private final NumberSequence numbers;
    private final BillableWorkReader reader;
    private final LedgerStore ledger;
    private final AccountStore accounts;
    private final Settings settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final InvoiceNumbering numbering;
    private final IssueSearch issueSearch;
    private final InvoiceParties parties;

    /**
     * {@code numbering}: the app's numbering until finance sets one; {@code issueSearch}: Jira's
     * search, for drafts narrowed by JQL; {@code parties}: the seller and buyer, frozen at issuing.
     */
    public InvoiceService(InvoiceStore invoices, InvoicedWorkStore invoiced, AdjustmentStore adjustments, NumberSequence numbers,
                          BillableWorkReader reader, LedgerStore ledger, AccountStore accounts, Settings settings, AuditLog audit,
                          Transactions transactions, Clock clock, InvoiceNumbering numbering, IssueSearch issueSearch, InvoiceParties parties) {
        this.issueSearch = issueSearch;
        this.parties = parties;
        this.invoices = invoices;
        this.invoiced = invoiced;
        this.adjustments = adjustments;
        this.numbers = numbers;
        this.reader = reader;
        this.ledger = ledger;
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.numbering = numbering;
    }

    public Invoice invoice(long id) {
        return invoices.invoice(id).orElseThrow(() -> new NotFoundException("No invoice " + id));
    }

    public Page<Invoice> list(InvoiceFilter filter, int offset, int limit) {
        return invoices.list(filter, offset, limit);
    }

    /** A new draft of the account's un-invoiced billable work (and expenses, and pending adjustments) of the period. */
    public Invoice draft(String accountKey, DateRange period, LineGrouping grouping, List<String> projectKeys, String jql, String createdBy) {
        ClientAccount account = openAccount(accountKey);
        checkJql(jql);
        Invoice empty = new Invoice(0, InvoiceKind.INVOICE, InvoiceStatus.DRAFT, account.key(), null, period, grouping, account.currency(),
                projectKeys, jql, List.of(), InvoiceTotals.of(List.of(), account.taxRatePercent(), account.currency()), null, null, null, null, null,
                null, null, createdBy);
        DraftLines lines = compose(empty, List.of(), issuesOf(empty));
        return transactions.inTransaction(() -> {
            long id = invoices.insert(empty.withLines(lines.lines()));
            Invoice created = invoice(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "draft", null, snapshot(created));
            return created;
        });
    }

    /**
     * What the account's un-invoiced billable work of the period comes to, grouped as asked, without
     * keeping anything: the billing report. The invoice it returns is an unsaved draft.
     */
    public Report report(String accountKey, DateRange period, LineGrouping grouping, List<String> projectKeys, String jql, String viewer) {
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new InvalidInputException("account", "No account " + accountKey));
        checkJql(jql);
        Invoice empty = new Invoice(0, InvoiceKind.INVOICE, InvoiceStatus.DRAFT, account.key(), null, period, grouping, account.currency(),
                projectKeys, jql, List.of(), InvoiceTotals.of(List.of(), account.taxRatePercent(), account.currency()), null, null, null, null, null,
                null, null, viewer);
        DraftLines lines = compose(empty, List.of(), issuesOf(empty));
        return new Report(empty.withLines(lines.lines()), lines);
    }

    private static void checkJql(String jql) {
        InvalidInputException.require(jql == null || jql.strip().length() <= InputLimits.JQL, "jql",
                "A JQL query has at most " + InputLimits.JQL + " characters");
    }

    /** A billing report: its lines as an unsaved draft, and the work they are made of. */
    public record Report(Invoice invoice, DraftLines lines) {
    }

    /** The worklogs finance left out of a draft. */
    public Set<Long> excludedWorklogs(long id) {
        return invoices.excludedWorklogs(id);
    }

    /** The draft's lines as they would be now, and what blocks issuing. */
    public DraftLines preview(long id) {
        Invoice draft = draftOf(id);
        return compose(draft, manualLines(draft), issuesOf(draft));
    }

    /** Composes the draft again from the current ledger: new work appears, left-out work stays out, finance's own lines and texts stay. */
    public Invoice refresh(long id) {
        IssueMatches issues = issuesOf(draftOf(id));
        return transactions.inTransaction(() -> {
            Invoice draft = draftOf(id);
            Invoice refreshed = draft.withLines(compose(draft, manualLines(draft), issues).lines());
            invoices.update(refreshed);
            return invoice(id);
        });
    }

    /** Leaves worklogs billed to the draft's account, and recorded expenses, out of the draft; any other id is refused. */
    public Invoice exclude(long id, Collection<Long> worklogIds, Collection<Long> expenseIds) {
        return changeDraft(id, "exclude", draft -> {
            requireWorkOf(draft.accountKey(), worklogIds);
            for (long expenseId : expenseIds) {
                InvalidInputException.require(reader.expenseExists(expenseId), "expenseIds", "No expense " + expenseId);
            }
            invoices.exclude(id, worklogIds, expenseIds);
        });
    }

    private void requireWorkOf(String accountKey, Collection<Long> worklogIds) {
        Map<Long, LedgerStore.Stored> stored = ledger.storedAll(worklogIds);
        for (long worklogId : worklogIds) {
            LedgerStore.Stored found = stored.get(worklogId);
            InvalidInputException.require(found != null && found.entry().isPresent(), "worklogIds", "No worklog " + worklogId);
            InvalidInputException.require(accountKey.equals(found.entry().get().accountKey()), "worklogIds",
                    "Worklog " + worklogId + " is not billed to " + accountKey);
        }
    }

    public Invoice include(long id, Collection<Long> worklogIds, Collection<Long> expenseIds) {
        return changeDraft(id, "include", draft -> invoices.include(id, worklogIds, expenseIds));
    }

    public Invoice changeLineText(long id, String lineKey, String text) {
        return changeDraft(id, "text", draft -> {
            InvalidInputException.require(draft.lines().stream().anyMatch(line -> line.groupKey().equals(lineKey)), "lineKey",
                    "The draft has no line " + lineKey);
            InvalidInputException.require(text != null && !text.isBlank() && text.strip().length() <= InputLimits.LINE_TEXT, "text",
                    "A line needs a text of 1 to " + InputLimits.LINE_TEXT + " characters");
            invoices.setText(id, lineKey, text.strip());
        });
    }

    /** A line of finance's own: a fixed fee, or a discount (a negative amount). */
    public Invoice addManualLine(long id, String text, Money amount) {
        IssueMatches issues = issuesOf(draftOf(id));
        return transactions.inTransaction(() -> {
            Invoice draft = draftOf(id);
            InvalidInputException.require(amount.currency().equals(draft.currency()), "currency",
                    "The invoice is in " + draft.currency().getCurrencyCode());
            InvalidInputException.require(!amount.isZero(), "amount", "A line of your own needs an amount other than zero");
            AmountLimits.require(amount, "amount");
            List<InvoiceLine> manual = new ArrayList<>(manualLines(draft));
            InvalidInputException.require(manual.size() < InputLimits.MANUAL_LINES, "amount",
                    "A draft may have at most " + InputLimits.MANUAL_LINES + " lines of your own");
            manual.add(new InvoiceLine(0, LineKind.MANUAL, "MANUAL:" + clock.millis() + ":" + manual.size(), text, BigDecimal.ONE,
                    amount.toDecimal(), amount, 0, 0));
            Invoice changed = draft.withLines(compose(draft, manual, issues).lines());
            invoices.update(changed);
            audit.record(AUDIT_TYPE, String.valueOf(id), "line", null, Map.of("text", text, "amount", amount.toString()));
            return invoice(id);
        });
    }

    public Invoice removeManualLine(long id, String lineKey) {
        IssueMatches issues = issuesOf(draftOf(id));
        return transactions.inTransaction(() -> {
            Invoice draft = draftOf(id);
            List<InvoiceLine> manual = new ArrayList<>(manualLines(draft));
            InvalidInputException.require(manual.removeIf(line -> line.groupKey().equals(lineKey)), "lineKey",
                    "The draft has no line of your own " + lineKey);
            Invoice changed = draft.withLines(compose(draft, manual, issues).lines());
            invoices.update(changed);
            return invoice(id);
        });
    }

    public void deleteDraft(long id) {
        transactions.inTransaction(() -> {
            Invoice draft = draftOf(id);
            invoices.delete(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "delete", snapshot(draft), null);
            return null;
        });
    }

    /**
     * Issues the draft, in one transaction: composes it once more, refuses while work misses a bill
     * rate (naming it), takes the next number, freezes the lines, links every billed worklog and
     * marks its ledger entry invoiced, and bills the pending adjustments it shows. When anything
     * fails, nothing of it stays: no number used, no worklog linked. Its first write freezes the
     * parties, one row per document: of requests issuing one draft at once, the database lets one
     * through and the others, tried again, find the draft issued (409).
     */
    public Invoice issue(long id, LocalDate issueDate, BigDecimal exchangeRate, String by) {
        InvalidInputException.require(exchangeRate == null || exchangeRate.signum() > 0, "exchangeRate", "The exchange rate must be above zero");
        Invoice draft = draftOf(id);
        ClientAccount account = openAccount(draft.accountKey());
        LocalDate day = issueDate == null ? LocalDate.now(clock.withZone(settings.reportingZone())) : issueDate;
        InvoiceNumbering numbering = numbering();
        numbers.prepare(numbering.sequenceKey(account.invoicePrefix(), InvoiceKind.INVOICE, day.getYear()));
        IssueMatches issues = issuesOf(draft);
        return withRetries(() -> issueOnce(id, day, exchangeRate, by, numbering, issues));
    }

    private Invoice issueOnce(long id, LocalDate day, BigDecimal exchangeRate, String by, InvoiceNumbering numbering, IssueMatches issues) {
        return transactions.inTransaction(() -> {
            Invoice draft = draftOf(id);
            ClientAccount account = openAccount(draft.accountKey());
            parties.freeze(id, draft.accountKey());
            DraftLines lines = compose(draft, manualLines(draft), issues);
            if (!lines.blockers().isEmpty()) {
                throw new ConflictException("lines", lines.blockers().size() + " worklogs miss a bill rate (e.g. " + lines.blockers().get(0)
                        .issueKey() + ", worklog " + lines.blockers().get(0).worklogId() + "): give the account a rate, or leave them out");
            }
            InvalidInputException.require(!lines.lines().isEmpty(), "lines", "There is nothing to invoice");
            String number = nextNumber(numbering, InvoiceKind.INVOICE, account, day.getYear());
            Invoice issued = draft.withLines(lines.lines()).issued(number, day, clock.instant(), by, exchangeRate, settings.baseCurrency());
            invoices.update(issued);
            invoiced.link(rows(issued, lines.included()));
            ledger.markInvoiced(lines.included().stream().map(BillableWork::worklogId).toList(), true);
            List<Long> adjusted = lines.lines().stream().filter(line -> line.kind() == LineKind.ADJUSTMENT)
                    .map(line -> Long.parseLong(line.groupKey().substring("ADJUSTMENT:".length()))).toList();
            adjustments.markBilled(adjusted, id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "issue", snapshot(draft), snapshot(issued));
            return invoice(id);
        });
    }

    /** Voids an issued invoice: it keeps its number, its worklogs may be billed again, its adjustments are pending again. */
    public Invoice voidInvoice(long id, String reason, String by) {
        InvalidInputException.require(reason != null && !reason.isBlank() && reason.strip().length() <= InputLimits.VOID_OR_CREDIT_REASON, "reason",
                "A void needs a reason of 1 to " + InputLimits.VOID_OR_CREDIT_REASON + " characters");
        return transactions.inTransaction(() -> {
            Invoice invoice = invoice(id);
            if (invoice.status() != InvoiceStatus.ISSUED || invoice.kind() != InvoiceKind.INVOICE) {
                throw new ConflictException("status", "Only an issued invoice can be voided; " + describe(invoice) + " is " + invoice.status());
            }
            InvalidInputException.require(invoices.creditNotesOf(id).isEmpty(), "creditNotes",
                    "The invoice has credit notes; credit the rest instead of voiding it");
            Invoice voided = invoice.voided(reason.strip());
            invoices.update(voided);
            List<Long> released = invoiced.release(id);
            ledger.markInvoiced(released, false);
            adjustments.reopen(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "void", snapshot(invoice), Map.of("reason", reason.strip(), "by", by));
            return voided;
        });
    }

    /**
     * Issues a credit note for an issued invoice under the next number of the credit-note
     * sequence: all its lines (none given), or the lines named; each line at most once over all of
     * the invoice's credit notes. The work stays billed.
     */
    public Invoice credit(long invoiceId, List<String> lineKeys, String reason, LocalDate issueDate, String by) {
        InvalidInputException.require(reason != null && !reason.isBlank() && reason.strip().length() <= InputLimits.VOID_OR_CREDIT_REASON, "reason",
                "A credit note needs a reason of 1 to " + InputLimits.VOID_OR_CREDIT_REASON + " characters");
        Invoice original = invoice(invoiceId);
        LocalDate creditDay = issueDate == null ? LocalDate.now(clock.withZone(settings.reportingZone())) : issueDate;
        String prefix = accounts.account(original.accountKey()).map(ClientAccount::invoicePrefix).orElse(original.accountKey());
        InvoiceNumbering numbering = numbering();
        numbers.prepare(numbering.sequenceKey(prefix, InvoiceKind.CREDIT_NOTE, creditDay.getYear()));
        return withRetries(() -> transactions.inTransaction(() -> {
            Invoice invoice = invoice(invoiceId);
            if (invoice.status() != InvoiceStatus.ISSUED || invoice.kind() != InvoiceKind.INVOICE) {
                throw new ConflictException("status", "Only an issued invoice can be credited; " + describe(invoice) + " is " + invoice.status());
            }
            Set<String> credited = new java.util.HashSet<>();
            invoices.creditNotesOf(invoiceId).forEach(note -> note.lines().forEach(line -> credited.add(line.groupKey())));
            List<InvoiceLine> lines = new ArrayList<>();
            for (InvoiceLine line : invoice.lines()) {
                if ((lineKeys == null || lineKeys.isEmpty() || lineKeys.contains(line.groupKey())) && !credited.contains(line.groupKey())) {
                    lines.add(line.credited());
                }
            }
            if (lineKeys != null) {
                for (String key : lineKeys) {
                    InvalidInputException.require(invoice.lines().stream().anyMatch(line -> line.groupKey().equals(key)), "lineKeys",
                            "The invoice has no line " + key);
                    InvalidInputException.require(!credited.contains(key), "lineKeys", "Line " + key + " is credited already");
                }
            }
            InvalidInputException.require(!lines.isEmpty(), "lineKeys", "Every line of " + invoice.number() + " is credited already");
            ClientAccount account = accounts.account(invoice.accountKey()).orElseThrow();
            LocalDate day = creditDay;
            Invoice note = new Invoice(0, InvoiceKind.CREDIT_NOTE, InvoiceStatus.DRAFT, invoice.accountKey(), null, invoice.period(),
                    invoice.grouping(), invoice.currency(), invoice.projectKeys(), invoice.jql(), lines,
                    InvoiceTotals.of(lines, invoice.totals().taxPercent(), invoice.currency()), null, null, null, invoiceId, reason.strip(), null,
                    null, by);
            String number = nextNumber(numbering, InvoiceKind.CREDIT_NOTE, account, day.getYear());
            Invoice issued = note.issued(number, day, clock.instant(), by, invoice.exchangeRate(), settings.baseCurrency());
            long id = invoices.insert(issued);
            parties.freeze(id, invoice.accountKey());
            Invoice stored = invoice(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "credit", null, snapshot(stored));
            return stored;
        }));
    }

    /**
     * Runs an issuing transaction again while another issuer held the number it read, or issued the
     * same draft at the same moment (a few times, with a short pause); the next attempt sees what the
     * other did.
     */
    private static Invoice withRetries(java.util.function.Supplier<Invoice> issuing) {
        for (int attempt = 1; ; attempt++) {
            try {
                return issuing.get();
            } catch (SequenceBusyException | DocumentClaimedException busy) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ConflictException("number", "Other invoices are being issued for this account right now; try again");
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 20)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /**
     * The next number of the sequence that no document carries yet: after a change of pattern a
     * sequence may meet numbers issued under the old one (a pattern naming a year literally, say),
     * and those are passed over so that no number is ever given twice.
     */
    private String nextNumber(InvoiceNumbering numbering, InvoiceKind kind, ClientAccount account, int year) {
        String key = numbering.sequenceKey(account.invoicePrefix(), kind, year);
        for (int attempt = 0; attempt < MAX_TAKEN_NUMBERS; attempt++) {
            String number = numbering.format(kind, account.invoicePrefix(), year, numbers.next(key));
            if (!invoices.numberTaken(number)) {
                return number;
            }
        }
        throw new ConflictException("number", "The numbering pattern keeps giving numbers already issued; choose a pattern of its own");
    }

    /** The numbering finance set, or the app's default until they do. */
    public InvoiceNumbering numbering() {
        String invoicePattern = settings.invoiceNumberPattern();
        String creditNotePattern = settings.creditNoteNumberPattern();
        return invoicePattern.isEmpty() && creditNotePattern.isEmpty() ? numbering : new InvoiceNumbering(
                invoicePattern.isEmpty() ? numbering.invoicePattern() : invoicePattern,
                creditNotePattern.isEmpty() ? numbering.creditNotePattern() : creditNotePattern);
    }

    /**
     * Numbers the next invoices and credit notes by {@code changed}. Numbers issued stay as they
     * are; a pattern without the year continues one sequence per prefix and kind.
     */
    public InvoiceNumbering changeNumbering(InvoiceNumbering changed) {
        InvoiceNumbering current = numbering();
        if (changed.equals(current)) {
            return current;
        }
        return transactions.inTransaction(() -> {
            settings.setInvoiceNumberPatterns(changed.invoicePattern(), changed.creditNotePattern());
            audit.record("settings", "app", "update", Map.of("invoiceNumberPattern", current.invoicePattern(), "creditNoteNumberPattern",
                    current.creditNotePattern()), Map.of("invoiceNumberPattern", changed.invoicePattern(), "creditNoteNumberPattern",
                    changed.creditNotePattern()));
            return changed;
        });
    }

    /** The issues the draft's JQL query matches now, asked of Jira once per change, outside any transaction. */
    private IssueMatches issuesOf(Invoice draft) {
        return draft.jql().isEmpty() ? IssueMatches.ANY : issueSearch.matching(draft.jql(), draft.createdBy());
    }

    private DraftLines compose(Invoice draft, List<InvoiceLine> manual, IssueMatches issues) {
        long id = draft.id();
        Set<Long> excludedWork = id == 0 ? Set.of() : invoices.excludedWorklogs(id);
        Set<Long> excludedExpenses = id == 0 ? Set.of() : invoices.excludedExpenses(id);
        Map<String, String> texts = id == 0 ? Map.of() : invoices.texts(id);
        List<io.github.ratecard.budget.Expense> billableExpenses = reader.expenses(draft.accountKey(), draft.period(), draft.projectKeys(), issues);
        Set<Long> expenseIdsOnInvoices = invoices.billedExpenses(draft.accountKey());
        billableExpenses.removeIf(expense -> expenseIdsOnInvoices.contains(expense.id()));
        return DraftComposer.compose(draft.grouping(), draft.currency(), new DraftComposer.Sources(
                reader.work(draft.accountKey(), draft.period(), draft.projectKeys(), issues), billableExpenses, adjustments.pending(draft.accountKey()),
                manual, excludedWork, excludedExpenses, texts));
    }

    private static List<InvoiceLine> manualLines(Invoice draft) {
        return draft.lines().stream().filter(line -> line.kind() == LineKind.MANUAL).toList();
    }

    private List<InvoicedWork> rows(Invoice invoice, List<BillableWork> included) {
        List<InvoicedWork> rows = new ArrayList<>(included.size());
        for (BillableWork work : included) {
            rows.add(new InvoicedWork(work.worklogId(), invoice.id(), DraftComposer.lineKeyOf(invoice.grouping(), work), work.workDate(),
                    work.issueKey(), work.issueSummary(), work.authorName(), work.levelName(), work.workedSeconds(), work.billedSeconds(),
                    work.rate().amount(), work.rate().priceFor(work.billedSeconds())));
        }
        return rows;
    }

    private Invoice changeDraft(long id, String action, java.util.function.Consumer<Invoice> change) {
        IssueMatches issues = issuesOf(draftOf(id));
        return transactions.inTransaction(() -> {
            Invoice draft = draftOf(id);
            change.accept(draft);
            Invoice changed = draft.withLines(compose(draft, manualLines(draft), issues).lines());
            invoices.update(changed);
            audit.record(AUDIT_TYPE, String.valueOf(id), action, null, Map.of("lines", changed.lines().size()));
            return invoice(id);
        });
    }

    private Invoice draftOf(long id) {
        Invoice invoice = invoice(id);
        if (!invoice.isDraft()) {
            throw new ConflictException("status", describe(invoice) + " is " + invoice.status() + " and never changes");
        }
        return invoice;
    }

    private ClientAccount openAccount(String accountKey) {
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new InvalidInputException("accountKey", "No account " + accountKey));
        if (account.status() != AccountStatus.OPEN) {
            throw new ConflictException("accountKey", "Account " + accountKey + " is " + account.status() + ": it takes no new invoices");
        }
        return account;
    }

    private static String describe(Invoice invoice) {
        return invoice.number() == null ? "Draft " + invoice.id() : invoice.number();
    }

    private static Map<String, Object> snapshot(Invoice invoice) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", invoice.kind().name());
        values.put("status", invoice.status().name());
        values.put("account", invoice.accountKey());
        values.put("number", invoice.number());
        values.put("period", invoice.period().first() + " – " + invoice.period().last());
        values.put("lines", invoice.lines().size());
        values.put("total", invoice.totals().total().toDecimal().toPlainString() + " " + invoice.currency().getCurrencyCode());
        return values;
    }
}
