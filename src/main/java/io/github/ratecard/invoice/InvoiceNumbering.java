package io.github.ratecard.invoice;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sequence number into an invoice number by a pattern: {@code {prefix}} (the account's
 * invoice prefix), {@code {yyyy}} (the issue year) and {@code {seq:N}} (the number, zero-padded to N
 * digits). The default gives {@code ACME-2026-0001}; credit notes default to {@code CN-ACME-2026-0001}.
 * Each prefix, kind and year is one gap-free sequence.
 */
public record InvoiceNumbering(String invoicePattern, String creditNotePattern) {

    private static final Pattern SEQUENCE = Pattern.compile("\\{seq:(\\d)}");
    public static final InvoiceNumbering DEFAULT = new InvoiceNumbering("{prefix}-{yyyy}-{seq:4}", "CN-{prefix}-{yyyy}-{seq:4}");

    public InvoiceNumbering {
        check(invoicePattern, "invoicePattern");
        check(creditNotePattern, "creditNotePattern");
    }

    /** The sequence a number is drawn from: one per prefix, kind and year. */
    public static String sequenceKey(String prefix, InvoiceKind kind, int year) {
        return prefix + "|" + kind.name() + "|" + year;
    }

    public String format(InvoiceKind kind, String prefix, int year, long sequence) {
        String pattern = kind == InvoiceKind.INVOICE ? invoicePattern : creditNotePattern;
        Matcher matcher = SEQUENCE.matcher(pattern);
        matcher.find();
        String padded = String.format(Locale.ROOT, "%0" + matcher.group(1) + "d", sequence);
        return pattern.replace("{prefix}", prefix).replace("{yyyy}", String.valueOf(year)).replace(matcher.group(), padded);
    }

    private static void check(String pattern, String field) {
        InvalidInputException.require(pattern != null && SEQUENCE.matcher(pattern).find() && pattern.contains("{prefix}")
                && pattern.length() <= 40, field, field + " needs {prefix} and {seq:N} (N = 1 to 9 digits), e.g. {prefix}-{yyyy}-{seq:4}");
    }
}
