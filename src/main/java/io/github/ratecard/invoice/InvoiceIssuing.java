package io.github.ratecard.invoice;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issuing, voiding and crediting: a draft is issued under the next gap-free number of its sequence
 * in one transaction that freezes its lines and bills its work (so none is billed twice); an issued
 * invoice is voided (the number stays, the work is released) or credited by credit notes of their
 * own sequence. An issued or voided document never changes (409). Every change is audited.
 */
public final class InvoiceIssuing {

    /** How often an issue composes its draft again when the adjustments it showed changed meanwhile. */
    static final int COMPOSE_ATTEMPTS = 5;

    private static final String NOTHING_TO_INVOICE = "There is nothing to invoice";

    private final InvoiceStore invoices;
    private final DraftSources sources;
    private final WorkBilling billing;
    private final NumberAllocator numbers;
    private final InvoiceParties parties;
    private final AccountStore accounts;
    private final ReportingSettings settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final IssueWriter writer;
    private final WebhookEvents events;

    /** {@code parties}: the seller and buyer, frozen at issuing. */
    public InvoiceIssuing(InvoiceStore invoices, DraftSources sources, WorkBilling billing, NumberAllocator numbers, InvoiceParties parties,
                          AccountStore accounts, ReportingSettings settings, AuditLog audit, Transactions transactions, Clock clock) {
        this(invoices, sources, billing, numbers, parties, accounts, settings, audit, transactions, clock, IssueWriter.NONE);
    }

    /** {@code writer}: issues set-based in a transaction of its own where it is available. */
    public InvoiceIssuing(InvoiceStore invoices, DraftSources sources, WorkBilling billing, NumberAllocator numbers, InvoiceParties parties,
                          AccountStore accounts, ReportingSettings settings, AuditLog audit, Transactions transactions, Clock clock,
                          IssueWriter writer) {
        this(invoices, sources, billing, numbers, parties, accounts, settings, audit, transactions, clock, writer, WebhookEvents.NONE);
    }

    /** {@code events}: where issuing, voiding and crediting are announced (to webhooks), in the same transaction where there is one. */
    public InvoiceIssuing(InvoiceStore invoices, DraftSources sources, WorkBilling billing, NumberAllocator numbers, InvoiceParties parties,
                          AccountStore accounts, ReportingSettings settings, AuditLog audit, Transactions transactions, Clock clock,
                          IssueWriter writer, WebhookEvents events) {
        this.invoices = invoices;
        this.sources = sources;
        this.billing = billing;
        this.numbers = numbers;
        this.parties = parties;
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.writer = writer;
        this.events = events;
    }

    /**
     * Issues the draft, in one transaction: composes it once more, refuses while work misses a bill
     * rate (naming it), takes the next number, freezes the lines, bills its work and the pending
     * adjustments it shows. When anything fails, nothing of it stays: no number used, no worklog
     * linked. Its first write freezes the parties, one row per document: of requests issuing one
     * draft at once, the database lets one through and the others, tried again, find the draft
     * issued (409).
     */
    public Invoice issue(long id, LocalDate issueDate, BigDecimal exchangeRate, String by) {
        return issue(id, issueDate, exchangeRate, by, RequestReceipt.NONE);
    }

    /** Issues the draft; {@code receipt} keeps the issued invoice in the issuing transaction. */
    public Invoice issue(long id, LocalDate issueDate, BigDecimal exchangeRate, String by, RequestReceipt receipt) {
        InvalidInputException.require(exchangeRate == null || exchangeRate.signum() > 0, "exchangeRate", "The exchange rate must be above zero");
        Invoice draft = invoices.requireDraft(id);
        ClientAccount account = InvoiceAudit.openAccount(accounts, draft.accountKey());
        LocalDate day = issueDate == null ? today() : issueDate;
        IssueMatches issues = sources.issuesOf(draft);
        // a receipt that keeps its result some other way than under a request key needs the Active Objects transaction
        if ((receipt == RequestReceipt.NONE || receipt.key().isPresent()) && writer.available()) {
            composingAgain(() -> numbers.issuingOnItsOwn(InvoiceKind.INVOICE, account.invoicePrefix(), day.getYear(), number -> {
                writeOnce(id, day, exchangeRate, by, issues, number, receipt);
                return id;
            }));
            Invoice issued = invoices.require(id);
            // the writer's transaction has committed: announced right after it
            InvoiceWebhooks.publish(events, WebhookEvent.INVOICE_ISSUED, issued);
            return issued;
        }
        return composingAgain(() -> numbers.issuing(InvoiceKind.INVOICE, account.invoicePrefix(), day.getYear(), number -> issueOnce(id, day,
                exchangeRate, by, issues, number, receipt)));
    }

    /** An issue, tried again from composing its draft while the adjustments it showed change meanwhile; the refusal (409) after {@value #COMPOSE_ATTEMPTS} tries. */
    private static <T> T composingAgain(Supplier<T> issue) {
        for (int composed = 1; ; composed++) {
            try {
                return issue.get();
            } catch (AdjustmentsChangedException changed) {
                if (composed >= COMPOSE_ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }

    /**
     * The set-based issue: the draft composed as it is now (read outside the writer's transaction: the writer checks
     * that every entry it marks is still live and not invoiced), then everything written by the writer, or nothing.
     */
    private void writeOnce(long id, LocalDate day, BigDecimal exchangeRate, String by, IssueMatches issues, NumberAllocator.Draw number,
                           RequestReceipt receipt) {
        Invoice draft = invoices.requireDraft(id);
        InvoiceAudit.openAccount(accounts, draft.accountKey());
        InvoiceParties.Parties frozen = parties.current(draft.accountKey());
        DraftLines composed = sources.compose(draft, issues);
        // another request that issued the draft meanwhile billed its work: theirs is the answer (409), not "nothing to invoice"
        invoices.requireDraft(id);
        if (composed.lines().isEmpty() && composed.blockers().isEmpty() && composed.terms().conflict().isEmpty()) {
            writer.refuseOnceClaimed(id, frozen, new InvalidInputException("lines", NOTHING_TO_INVOICE));
        }
        DraftLines lines = issuable(composed);
        Invoice withLines = draft.withLines(lines.lines());
        writer.write(new IssueWriter.Issue(id, frozen, number, taken -> {
            Invoice issued = withLines.issued(taken, day, clock.instant(), by, exchangeRate, settings.baseCurrency());
            return new IssueWriter.Numbered(issued, new IssueWriter.Audited(InvoiceAudit.TYPE, String.valueOf(id), "issue",
                    InvoiceAudit.snapshot(draft), InvoiceAudit.snapshot(issued)));
        }, WorkBilling.rows(withLines, lines), WorkBilling.billedAdjustments(lines), receipt.key()));
    }

    private static DraftLines issuable(DraftLines lines) {
        if (!lines.blockers().isEmpty()) {
            throw new ConflictException("lines", lines.blockers().size() + " worklogs miss a bill rate (e.g. " + lines.blockers().get(0)
                    .issueKey() + ", worklog " + lines.blockers().get(0).worklogId() + "): give the account a rate, or leave them out");
        }
        lines.terms().conflict().ifPresent(conflict -> {
            throw new ConflictException("period", conflict);
        });
        InvalidInputException.require(!lines.lines().isEmpty(), "lines", NOTHING_TO_INVOICE);
        return lines;
    }

    private Invoice issueOnce(long id, LocalDate day, BigDecimal exchangeRate, String by, IssueMatches issues, NumberAllocator.Draw number,
                              RequestReceipt receipt) {
        Invoice draft = invoices.requireDraft(id);
        InvoiceAudit.openAccount(accounts, draft.accountKey());
        parties.freeze(id, draft.accountKey());
        DraftLines lines = issuable(sources.compose(draft, issues));
        Invoice issued = draft.withLines(lines.lines()).issued(number.take(), day, clock.instant(), by, exchangeRate, settings.baseCurrency());
        invoices.update(issued);
        billing.bill(issued, lines);
        audit.record(InvoiceAudit.TYPE, String.valueOf(id), "issue", InvoiceAudit.snapshot(draft), InvoiceAudit.snapshot(issued));
        Invoice stored = invoices.require(id);
        receipt.keep(stored);
        InvoiceWebhooks.publish(events, WebhookEvent.INVOICE_ISSUED, stored);
        return stored;
    }

    /** Voids an issued invoice: it keeps its number, its worklogs may be billed again, its adjustments are pending again. */
    public Invoice voidInvoice(long id, String reason, String by) {
        InvalidInputException.require(reason != null && !reason.isBlank() && reason.strip().length() <= InputLimits.VOID_OR_CREDIT_REASON, "reason",
                "A void needs a reason of 1 to " + InputLimits.VOID_OR_CREDIT_REASON + " characters");
        return transactions.inTransaction(() -> {
            Invoice invoice = issuedInvoice(id, "voided");
            InvalidInputException.require(invoices.creditNotesOf(id).isEmpty(), "creditNotes",
                    "The invoice has credit notes; credit the rest instead of voiding it");
            Invoice voided = invoice.voided(reason.strip());
            invoices.update(voided);
            billing.release(id);
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), "void", InvoiceAudit.snapshot(invoice), Map.of("reason", reason.strip(), "by", by));
            InvoiceWebhooks.publish(events, WebhookEvent.INVOICE_VOIDED, voided);
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
        Invoice original = invoices.require(invoiceId);
        LocalDate day = issueDate == null ? today() : issueDate;
        String prefix = accounts.account(original.accountKey()).map(ClientAccount::invoicePrefix).orElse(original.accountKey());
        return numbers.issuing(InvoiceKind.CREDIT_NOTE, prefix, day.getYear(), number -> {
            Invoice invoice = issuedInvoice(invoiceId, "credited");
            List<InvoiceLine> lines = creditedLines(invoice, lineKeys);
            Invoice note = Invoice.draft(invoice.header().creditNote(new InvoiceHeader.CreditOf(invoiceId, reason.strip()), by),
                    invoice.totals().taxPercent()).withLines(lines);
            BigDecimal exchangeRate = invoice.issuance().orElseThrow().base().map(Issuance.BaseTotal::exchangeRate).orElse(null);
            long id = invoices.insert(note.issued(number.take(), day, clock.instant(), by, exchangeRate, settings.baseCurrency()));
            parties.freeze(id, invoice.accountKey());
            Invoice stored = invoices.require(id);
            audit.record(InvoiceAudit.TYPE, String.valueOf(id), "credit", null, InvoiceAudit.snapshot(stored));
            InvoiceWebhooks.publish(events, WebhookEvent.INVOICE_CREDITED, stored);
            return stored;
        });
    }

    private Invoice issuedInvoice(long id, String done) {
        Invoice invoice = invoices.require(id);
        if (invoice.status() != InvoiceStatus.ISSUED || invoice.kind() != InvoiceKind.INVOICE) {
            throw new ConflictException("status", "Only an issued invoice can be " + done + "; " + invoice.describe() + " is " + invoice.status());
        }
        return invoice;
    }

    /** The invoice's lines named (all when none are), taken back; a line credited already is refused, or passed over when all are asked for. */
    private List<InvoiceLine> creditedLines(Invoice invoice, List<String> lineKeys) {
        Set<String> credited = new HashSet<>();
        invoices.creditNotesOf(invoice.id()).forEach(note -> note.lines().forEach(line -> credited.add(line.groupKey())));
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
        InvalidInputException.require(!lines.isEmpty(), "lineKeys", "Every line of " + invoice.describe() + " is credited already");
        return lines;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.reportingZone()));
    }
}
