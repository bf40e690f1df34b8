package io.github.ratecard.einvoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/** A page never waits longer than it asks: it gets the answer, "loading" or "checking", and the answer next time. */
public class DocumentChecksTest {

    private final CountDownLatch rulesLoaded = new CountDownLatch(1);
    private final AtomicInteger validations = new AtomicInteger();
    private final DocumentChecks target = new DocumentChecks(new DocumentValidator() {
        @Override
        public void load() {
        }

        @Override
        public boolean ready() {
            return rulesLoaded.getCount() == 0;
        }

        @Override
        public RuleSetResult validate(byte[] ubl, RuleSet ruleSet) {
            try {
                rulesLoaded.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            validations.incrementAndGet();
            return new RuleSetResult(ruleSet, ubl.length == 0 ? List.of(new FailedRule("BR-01", "/Invoice", "Specification identifier", false))
                    : List.of());
        }
    });

    @After
    public void close() {
        target.close();
    }

    @Test
    public void whileTheRulesLoad_shouldAnswerLoadingWithinTheWait() {
        long start = System.nanoTime();

        EInvoiceCheck check = target.check("1:a", () -> new byte[1], List.of(RuleSet.EN16931), Duration.ofMillis(200));

        assertEquals(EInvoiceCheck.State.LOADING, check.state());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    public void onceLoaded_shouldAnswerWithEveryRuleSetsVerdict() {
        rulesLoaded.countDown();

        EInvoiceCheck check = target.check("1:a", () -> new byte[0], List.of(RuleSet.EN16931, RuleSet.PEPPOL_BIS3), Duration.ofSeconds(10));

        assertEquals(EInvoiceCheck.State.INVALID, check.state());
        assertEquals(List.of(RuleSet.EN16931, RuleSet.PEPPOL_BIS3), check.results().stream().map(RuleSetResult::ruleSet).toList());
    }

    @Test
    public void theSameDocumentAskedAgain_shouldBeAnsweredFromMemory() {
        rulesLoaded.countDown();
        target.check("1:a", () -> new byte[1], List.of(RuleSet.EN16931), Duration.ofSeconds(10));

        EInvoiceCheck again = target.check("1:a", () -> { throw new AssertionError("written again"); }, List.of(RuleSet.EN16931), Duration.ofSeconds(10));

        assertEquals(EInvoiceCheck.State.VALID, again.state());
        assertEquals(1, validations.get());
    }

    @Test
    public void aCheckStartedWhileLoading_shouldBeAnsweredAtTheNextRequest() {
        assertEquals(EInvoiceCheck.State.LOADING, target.check("1:a", () -> new byte[1], List.of(RuleSet.EN16931), Duration.ZERO).state());
        rulesLoaded.countDown();

        assertEquals(EInvoiceCheck.State.VALID, target.check("1:a", () -> new byte[1], List.of(RuleSet.EN16931), Duration.ofSeconds(10)).state());
    }

    @Test
    public void rulesThatCannotLoad_shouldAnswerUnavailableWithTheReason() {
        DocumentChecks broken = new DocumentChecks(new DocumentValidator() {
            @Override
            public void load() {
            }

            @Override
            public boolean ready() {
                return false;
            }

            @Override
            public RuleSetResult validate(byte[] ubl, RuleSet ruleSet) {
                throw new IllegalStateException("The e-invoice rules could not be loaded", new NoClassDefFoundError("net/sf/saxon/Transform"));
            }
        });
        try {
            EInvoiceCheck check = broken.check("1:a", () -> new byte[1], List.of(RuleSet.EN16931), Duration.ofSeconds(10));

            assertEquals(EInvoiceCheck.State.UNAVAILABLE, check.state());
            assertTrue(check.problem(), check.problem().contains("net/sf/saxon/Transform"));
        } finally {
            broken.close();
        }
    }
}
