package io.github.ratecard.rest;

import io.github.ratecard.invoice.BillableWork;
import io.github.ratecard.invoice.DraftLines;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.Voiding;
import io.github.ratecard.rest.LedgerResource.Amount;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The JSON documents of invoices, their lines and the work on them. Amounts are decimal strings with their currency. */
final class InvoiceDocs {

    private InvoiceDocs() {
    }

    /** {@code vat}: the line's own VAT; null for a line at the invoice's rate. */
    public record Line(long id, String kind, String lineKey, String text, String quantity, String unitPrice, Amount amount, long seconds,
                       int entries, Vat vat) {
        static Line of(InvoiceLine l) {
            return new Line(l.id(), l.kind().name(), l.groupKey(), l.text(), l.quantity().toPlainString(), l.unitPrice().stripTrailingZeros()
                    .toPlainString(), Amount.of(l.amount()), l.seconds(), l.entries(),
                    l.vat().map(v -> new Vat(v.category(), v.percent().stripTrailingZeros().toPlainString(), v.reason().isEmpty() ? null : v.reason(),
                            null, null)).orElse(null));
        }
    }

    /** A VAT category at a rate: a line's own (without amounts), or a group of the breakdown with its taxable amount and tax. */
    public record Vat(String category, String percent, String reason, Amount taxable, Amount tax) {
        static Vat of(io.github.ratecard.invoice.VatSubtotal group) {
            return new Vat(group.category(), group.percent().stripTrailingZeros().toPlainString(), group.reason().isEmpty() ? null : group.reason(),
                    Amount.of(group.taxable()), Amount.of(group.tax()));
        }
    }

    public record Work(long worklogId, String issueKey, String issueSummary, String author, String level, String workDate, long workedSeconds,
                       long billedSeconds, String rate, Amount amount, String status, String lineKey) {
        static Work of(BillableWork w, String lineKey) {
            return new Work(w.worklogId(), w.issueKey(), w.issueSummary(), w.authorName(), w.levelName(), w.workDate().toString(),
                    w.workedSeconds(), w.billedSeconds(), w.rate() == null ? null : w.rate().amount().stripTrailingZeros().toPlainString(),
                    w.rate() == null ? null : Amount.of(w.rate().priceFor(w.billedSeconds())), w.status().name(), lineKey);
        }

        static Work of(InvoicedWork w) {
            return new Work(w.worklogId(), w.issueKey(), w.issueSummary(), w.authorName(), w.levelName(), w.workDate().toString(),
                    w.workedSeconds(), w.billedSeconds(), w.rate().stripTrailingZeros().toPlainString(), Amount.of(w.amount()), "INVOICED",
                    w.lineKey());
        }
    }

    public record InvoiceDoc(long id, String kind, String status, String accountKey, String number, String from, String to, String grouping,
                             String currency, List<String> projectKeys, String jql, List<Line> lines, Amount subtotal, String taxPercent, Amount tax,
                             Amount total, String issueDate, String issuedAt, String issuedBy, Long creditOf, String reason,
                             String exchangeRate, Amount baseTotal, String createdBy, List<Work> blockers, Pending pendingChanges,
                             LeftOut leftOutUnapproved, List<Vat> vatBreakdown) {
        /** {@code pending}: the pending changes of approved or closed work it does not include. */
        static InvoiceDoc of(Invoice i, DraftLines preview, long pending) {
            return of(i, preview, pending, null);
        }

        /** {@code filter}: the approval state a billing report asked for (null for an invoice). */
        static InvoiceDoc of(Invoice i, DraftLines preview, long pending, String filter) {
            InvoiceHeader h = i.header();
            Optional<Issuance> issued = i.issuance();
            Optional<Issuance.BaseTotal> base = issued.flatMap(Issuance::base);
            return new InvoiceDoc(i.id(), i.kind().name(), i.status().name(), h.accountKey(), i.number().orElse(null), h.period().first().toString(),
                    h.period().last().toString(), h.grouping().name(), h.currency().getCurrencyCode(), h.projectKeys(),
                    h.jql().isEmpty() ? null : h.jql(), i.lines().stream().map(Line::of).collect(Collectors.toList()), Amount.of(i.totals().subtotal()),
                    i.totals().taxPercent().stripTrailingZeros().toPlainString(), Amount.of(i.totals().tax()), Amount.of(i.totals().total()),
                    issued.map(is -> is.date().toString()).orElse(null), issued.map(is -> is.at() == null ? null : is.at().toString()).orElse(null),
                    issued.map(Issuance::by).orElse(null), creditOfId(i), reason(i),
                    base.map(b -> b.exchangeRate().toPlainString()).orElse(null), Amount.of(base.map(Issuance.BaseTotal::amount).orElse(null)),
                    h.createdBy(), preview == null ? List.of() : preview.blockers().stream().map(w -> Work.of(w, null)).collect(Collectors.toList()),
                    Pending.of(pending), preview == null ? null : LeftOut.of(preview.leftOutSeconds(), filter),
                    i.vatBreakdown().stream().map(Vat::of).collect(Collectors.toList()));
        }

        /** A voided invoice's reason, or a credit note's. */
        private static String reason(Invoice i) {
            return i.voiding().map(Voiding::reason).or(() -> i.header().creditOf().map(InvoiceHeader.CreditOf::reason)).orElse(null);
        }
    }

    /** How many of Jira's changes of approved or closed work are pending and not included, and the sentence that says so. */
    public record Pending(long count, boolean included, String statement) {
        static Pending of(long count) {
            return new Pending(count, false, ApprovalStatements.pendingChanges(count));
        }
    }

    /**
     * Work left out because its timesheet is not approved (a project whose drafts take approved time only) or not in the
     * state a billing report asked for: billed seconds, hours, and the sentence.
     */
    public record LeftOut(long seconds, String hours, String statement) {
        static LeftOut of(long seconds, String filter) {
            return seconds == 0 ? null : new LeftOut(seconds, ApprovalStatements.hours(seconds), ApprovalStatements.leftOut(seconds, filter));
        }
    }

    public record Summary(long id, String kind, String status, String accountKey, String number, String from, String to, Amount total,
                          String issueDate, Long creditOf) {
        static Summary of(Invoice i) {
            return new Summary(i.id(), i.kind().name(), i.status().name(), i.accountKey(), i.number().orElse(null),
                    i.header().period().first().toString(), i.header().period().last().toString(), Amount.of(i.totals().total()),
                    i.issuance().map(issued -> issued.date().toString()).orElse(null), creditOfId(i));
        }
    }

    private static Long creditOfId(Invoice i) {
        return i.header().creditOf().map(InvoiceHeader.CreditOf::invoiceId).orElse(null);
    }

    public record Entries(long invoiceId, int offset, int limit, long total, List<Work> entries, List<Long> excludedWorklogs) {
    }
}
