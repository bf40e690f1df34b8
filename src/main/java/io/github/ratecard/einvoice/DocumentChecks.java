package io.github.ratecard.einvoice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the checks of documents on one background thread of this node and remembers their answers, so that a page or a
 * REST call never waits longer than it says: it gets the answer when the check ends within its wait, and otherwise
 * "loading" (the rules are still being compiled, about 20 seconds after the node started) or "checking", and the
 * answer at its next request. A document is known by a key that changes whenever its content does (the caller's
 * choice: e.g. its id and a digest of its bytes); at most {@value #REMEMBERED} answers are kept.
 */
public final class DocumentChecks implements AutoCloseable {

    static final int REMEMBERED = 1_000;

    private final DocumentValidator validator;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ratecard-einvoice-checks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<List<RuleSetResult>>> answers = new ConcurrentHashMap<>();

    public DocumentChecks(DocumentValidator validator) {
        this.validator = validator;
    }

    /** Starts loading the rules, so that the first page to ask finds them ready. */
    public void warmUp() {
        validator.load();
    }

    public EInvoiceCheck check(String key, Supplier<byte[]> document, List<RuleSet> ruleSets, Duration wait) {
        validator.load();
        if (answers.size() >= REMEMBERED && !answers.containsKey(key)) {
            answers.clear();
        }
        CompletableFuture<List<RuleSetResult>> answer = answers.computeIfAbsent(key, k -> {
            byte[] bytes = document.get();
            return CompletableFuture.supplyAsync(() -> validateAll(bytes, ruleSets), worker);
        });
        try {
            return EInvoiceCheck.of(answer.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return EInvoiceCheck.pending(validator.ready());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EInvoiceCheck.pending(validator.ready());
        } catch (ExecutionException e) {
            answers.remove(key, answer);
            Throwable cause = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
            return EInvoiceCheck.unavailable(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private List<RuleSetResult> validateAll(byte[] document, List<RuleSet> ruleSets) {
        List<RuleSetResult> results = new ArrayList<>();
        for (RuleSet ruleSet : ruleSets) {
            results.add(validator.validate(document, ruleSet));
        }
        return results;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
