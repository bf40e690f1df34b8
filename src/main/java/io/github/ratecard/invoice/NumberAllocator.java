package io.github.ratecard.invoice;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.Transactions;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Gives issued documents their numbers: by the numbering finance set (the app's default until they
 * do), from one gap-free sequence per prefix, kind and (when the pattern names it) year, passing
 * over numbers a document already carries. An issuing transaction that met another issuer — the
 * number it read was taken, or the same document was being issued — rolls back and runs again, a
 * few times with a short pause; any other failure ends it at once.
 */
public final class NumberAllocator {

    static final int MAX_ATTEMPTS = 50;
    private static final int MAX_TAKEN_NUMBERS = 10_000;

    private final NumberSequence sequence;
    private final IssuedNumbers issued;
    private final InvoicingSettings settings;
    private final InvoiceNumbering defaults;
    private final AuditLog audit;
    private final Transactions transactions;

    /** {@code defaults}: the app's numbering until finance sets one. */
    public NumberAllocator(NumberSequence sequence, IssuedNumbers issued, InvoicingSettings settings, InvoiceNumbering defaults, AuditLog audit,
                           Transactions transactions) {
        this.sequence = sequence;
        this.issued = issued;
        this.settings = settings;
        this.defaults = defaults;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The numbering finance set, or the app's default until they do. */
    public InvoiceNumbering numbering() {
        String invoicePattern = settings.invoiceNumberPattern();
        String creditNotePattern = settings.creditNoteNumberPattern();
        return invoicePattern.isEmpty() && creditNotePattern.isEmpty() ? defaults : new InvoiceNumbering(
                invoicePattern.isEmpty() ? defaults.invoicePattern() : invoicePattern,
                creditNotePattern.isEmpty() ? defaults.creditNotePattern() : creditNotePattern);
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

    /**
     * Runs {@code issuing} in a transaction of its own, handing it the draw of a number of the kind,
     * prefix and year given (taken when it asks, so the sequence is held for as short a time as
     * can be); again while it meets another issuer.
     */
    public <T> T issuing(InvoiceKind kind, String prefix, int year, Function<Draw, T> issuing) {
        return retrying(kind, prefix, year, draw -> transactions.inTransaction(() -> issuing.apply(draw)));
    }

    /**
     * As {@link #issuing}, for issuing that opens its transaction itself (see {@link IssueWriter}) and takes the number
     * there with {@link Draw#take(ToLongFunction, Predicate)}: again while it meets another issuer.
     */
    public <T> T issuingOnItsOwn(InvoiceKind kind, String prefix, int year, Function<Draw, T> issuing) {
        return retrying(kind, prefix, year, issuing);
    }

    private <T> T retrying(InvoiceKind kind, String prefix, int year, Function<Draw, T> attempt) {
        InvoiceNumbering numbering = numbering();
        Draw draw = new Draw(numbering, kind, prefix, year);
        sequence.prepare(draw.sequenceKey);
        for (int tried = 1; ; tried++) {
            try {
                return attempt.apply(draw);
            } catch (SequenceBusyException | DocumentClaimedException busy) {
                if (tried >= MAX_ATTEMPTS) {
                    throw new ConflictException("number", "Other invoices are being issued for this account right now; try again");
                }
                pause(tried, busy);
            }
        }
    }

    private static void pause(int attempt, RuntimeException busy) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy;
        }
    }

    /** The next number of one sequence, drawn inside the issuing transaction. */
    public final class Draw {

        private final InvoiceNumbering numbering;
        private final InvoiceKind kind;
        private final String prefix;
        private final int year;
        private final String sequenceKey;

        private Draw(InvoiceNumbering numbering, InvoiceKind kind, String prefix, int year) {
            this.numbering = numbering;
            this.kind = kind;
            this.prefix = prefix;
            this.year = year;
            this.sequenceKey = numbering.sequenceKey(prefix, kind, year);
        }

        /**
         * The next number of the sequence that no document carries yet: after a change of pattern a
         * sequence may meet numbers issued under the old one (a pattern naming a year literally, say),
         * and those are passed over so that no number is ever given twice.
         */
        public String take() {
            return take(sequence::next, issued::taken);
        }

        /**
         * The next number as {@link #take()} gives it, drawn with {@code next} (given the sequence's key; throws
         * {@link SequenceBusyException} as {@link NumberSequence#next} does) and checked with {@code taken}, both in
         * the caller's own transaction.
         */
        public String take(ToLongFunction<String> next, Predicate<String> taken) {
            for (int attempt = 0; attempt < MAX_TAKEN_NUMBERS; attempt++) {
                String number = numbering.format(kind, prefix, year, next.applyAsLong(sequenceKey));
                if (!taken.test(number)) {
                    return number;
                }
            }
            throw new ConflictException("number", "The numbering pattern keeps giving numbers already issued; choose a pattern of its own");
        }
    }
}
