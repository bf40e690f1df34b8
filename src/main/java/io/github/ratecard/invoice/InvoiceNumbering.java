package io.github.ratecard.invoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sequence number into an invoice number by a pattern: {@code {prefix}} (the account's
 * invoice prefix), {@code {yyyy}} (the issue year) and {@code {seq:N}} (the number, zero-padded to N
 * digits). The default gives {@code ACME-2026-0001}; credit notes default to {@code CN-ACME-2026-0001}.
 * Each prefix and kind is one gap-free sequence, restarting every year when the pattern names the
 * year (without {@code {yyyy}} it never restarts). Issuing passes over numbers another pattern gave.
 */
public record InvoiceNumbering(String invoicePattern, String creditNotePattern) {

    private static final Pattern SEQUENCE = Pattern.compile("\\{seq:([1-9])}");
    public static final InvoiceNumbering DEFAULT = new InvoiceNumbering("{prefix}-{yyyy}-{seq:4}", "CN-{prefix}-{yyyy}-{seq:4}");

    public InvoiceNumbering {
        check(invoicePattern, "invoiceNumberPattern");
        check(creditNotePattern, "creditNoteNumberPattern");
        InvalidInputException.require(!invoicePattern.equals(creditNotePattern), "creditNoteNumberPattern",
                "Credit notes need a pattern of their own, e.g. CN-" + invoicePattern);
    }

    /** This numbering with the patterns given (null keeps one); refuses a pattern that cannot number. */
    public InvoiceNumbering with(String invoice, String creditNote) {
        return new InvoiceNumbering(invoice == null ? invoicePattern : invoice.strip(), creditNote == null ? creditNotePattern : creditNote.strip());
    }

    /**
     * The sequence a number is drawn from: one per prefix and kind, and per year when the kind's
     * pattern names the year. Prefixes differing only in case share one, so that no two numbers
     * differ only in case (their downloads would have one file name where case is ignored).
     */
    public String sequenceKey(String prefix, InvoiceKind kind, int year) {
        String shared = prefix.toUpperCase(java.util.Locale.ROOT);
        return patternOf(kind).contains("{yyyy}") ? shared + "|" + kind.name() + "|" + year : shared + "|" + kind.name();
    }

    private String patternOf(InvoiceKind kind) {
        return kind == InvoiceKind.INVOICE ? invoicePattern : creditNotePattern;
    }

    public String format(InvoiceKind kind, String prefix, int year, long sequence) {
        String pattern = patternOf(kind);
        Matcher matcher = SEQUENCE.matcher(pattern);
        matcher.find();
        String padded = String.format(Locale.ROOT, "%0" + matcher.group(1) + "d", sequence);
        return pattern.replace("{prefix}", prefix).replace("{yyyy}", String.valueOf(year)).replace(matcher.group(), padded);
    }

    private static void check(String pattern, String field) {
        InvalidInputException.require(pattern != null && SEQUENCE.matcher(pattern).find() && pattern.split("\\{seq:", -1).length == 2
                && pattern.contains("{prefix}")
                && pattern.length() <= InputLimits.NUMBER_PATTERN
                && pattern.replaceAll("\\{(prefix|yyyy|seq:\\d)}", "").matches("[A-Za-z0-9/_.#-]*"), field,
                field + " needs {prefix} and one {seq:N} (N = 1 to 9 digits), may name {yyyy}, and otherwise holds letters, digits and - _ . / #"
                        + " (at most " + InputLimits.NUMBER_PATTERN + " characters), e.g. {prefix}-{yyyy}-{seq:4}");
    }
}
