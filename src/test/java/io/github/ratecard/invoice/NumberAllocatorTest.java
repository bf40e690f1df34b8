package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.Transactions;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * The allocator over a sequence port that fails as the store's sequence does: busy when another
 * issuer took the number, or failing as a database may. Each issuing attempt is one transaction.
 */
public class NumberAllocatorTest {

    private final ScriptedSequence sequence = new ScriptedSequence();
    private final Set<String> issued = new HashSet<>();
    private final AtomicInteger transactions = new AtomicInteger();
    private final NumberAllocator target = new NumberAllocator(sequence, numbersIssued(), settingsWithoutPatterns(), InvoiceNumbering.DEFAULT,
            noAudit(), countingTransactions());

    @Test
    public void issuing_whenAnotherIssuerTookTheNumber_shouldRunTheTransactionAgainWithTheNextNumber() {
        sequence.busyTimes(2);

        String number = target.issuing(InvoiceKind.INVOICE, "ACME", 2026, NumberAllocator.Draw::take);

        assertEquals("ACME-2026-0001", number);
        assertEquals(3, transactions.get());
    }

    @Test
    public void issuing_whenTheSameDocumentIsBeingIssuedElsewhere_shouldRunTheTransactionAgain() {
        AtomicInteger attempts = new AtomicInteger();

        String number = target.issuing(InvoiceKind.INVOICE, "ACME", 2026, draw -> {
            if (attempts.incrementAndGet() == 1) {
                throw new DocumentClaimedException(7, null);
            }
            return draw.take();
        });

        assertEquals("ACME-2026-0001", number);
        assertEquals(2, transactions.get());
    }

    @Test
    public void issuing_whenTheDatabaseFailsOtherwise_shouldSurfaceThatFailureAtOnce() {
        IllegalStateException diskFull = new IllegalStateException("could not extend file: no space left on device");
        sequence.failWith(diskFull);

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> target.issuing(InvoiceKind.INVOICE, "ACME", 2026, NumberAllocator.Draw::take));

        assertSame(diskFull, thrown);
        assertEquals(1, transactions.get());
    }

    @Test
    public void issuing_whenTheSequenceStaysBusy_shouldGiveUpWithAConflict() {
        sequence.busyTimes(NumberAllocator.MAX_ATTEMPTS);

        assertThrows(ConflictException.class, () -> target.issuing(InvoiceKind.INVOICE, "ACME", 2026, NumberAllocator.Draw::take));
        assertEquals(NumberAllocator.MAX_ATTEMPTS, transactions.get());
    }

    @Test
    public void take_shouldPassOverNumbersADocumentAlreadyCarries() {
        issued.add("ACME-2026-0001");
        issued.add("ACME-2026-0002");

        assertEquals("ACME-2026-0003", target.issuing(InvoiceKind.INVOICE, "ACME", 2026, NumberAllocator.Draw::take));
    }

    @Test
    public void issuing_shouldDrawFromTheSequenceOfTheKindPrefixAndYear() {
        target.issuing(InvoiceKind.CREDIT_NOTE, "ACME", 2027, NumberAllocator.Draw::take);

        assertEquals(Set.of("ACME|CREDIT_NOTE|2027"), sequence.prepared);
    }

    /** Counts from 1 per key; throws what it was told to first. */
    private static final class ScriptedSequence implements NumberSequence {

        private final Set<String> prepared = new HashSet<>();
        private final java.util.Map<String, Long> next = new java.util.HashMap<>();
        private final Deque<Supplier<RuntimeException>> failures = new ArrayDeque<>();

        void busyTimes(int times) {
            for (int i = 0; i < times; i++) {
                failures.add(() -> new SequenceBusyException("ACME|INVOICE|2026", null));
            }
        }

        void failWith(RuntimeException failure) {
            failures.add(() -> failure);
        }

        @Override
        public void prepare(String sequenceKey) {
            prepared.add(sequenceKey);
        }

        @Override
        public long next(String sequenceKey) {
            if (!failures.isEmpty()) {
                throw failures.poll().get();
            }
            return next.merge(sequenceKey, 1L, Long::sum);
        }
    }

    private IssuedNumbers numbersIssued() {
        return new IssuedNumbers() {
            @Override
            public boolean taken(String number) {
                return issued.contains(number);
            }

            @Override
            public java.util.Map<Long, String> of(java.util.Collection<Long> invoiceIds) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private Transactions countingTransactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactions.incrementAndGet();
                return work.get();
            }
        };
    }

    /** Invoicing settings where finance chose no numbering patterns; nothing else is asked. */
    private static InvoicingSettings settingsWithoutPatterns() {
        return (InvoicingSettings) Proxy.newProxyInstance(InvoicingSettings.class.getClassLoader(), new Class<?>[] {InvoicingSettings.class}, (proxy, method, arguments) -> {
            if (method.getName().equals("invoiceNumberPattern") || method.getName().equals("creditNoteNumberPattern")) {
                return "";
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static AuditLog noAudit() {
        return (AuditLog) Proxy.newProxyInstance(AuditLog.class.getClassLoader(), new Class<?>[] {AuditLog.class}, (proxy, method, arguments) -> {
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
