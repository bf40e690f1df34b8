package io.github.ratecard.invoice;

import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Drafting and issuing with a request key: the first request with a person's key runs and keeps
 * its document under the key in the same transaction; every later request with that key and the
 * same request gets that document back (it did not run again), and one with the key but another
 * request is refused (409). Of requests sent at the same time with one key, one runs; the others
 * find its answer once it committed.
 */
public final class RepeatableRequests {

    /** The name of the HTTP header that carries the key. */
    public static final String HEADER = "Idempotency-Key";

    private final RequestKeys keys;
    private final InvoiceStore invoices;

    public RepeatableRequests(RequestKeys keys, InvoiceStore invoices) {
        this.keys = keys;
        this.invoices = invoices;
    }

    /**
     * Runs {@code change} once per person's {@code key} (every time when {@code key} is null);
     * {@code request} describes what was asked, so a key sent again with another request is told apart.
     */
    public Answer once(String user, String key, String request, Function<RequestReceipt, Invoice> change) {
        if (key == null) {
            return new Answer(change.apply(RequestReceipt.NONE), false);
        }
        requireValid(key);
        String fingerprint = fingerprint(request);
        Optional<Answer> earlier = earlier(user, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return new Answer(change.apply(RequestReceipt.under(new RequestReceipt.Key(user, key, fingerprint),
                    result -> keys.keep(user, key, fingerprint, result.id()))), false);
        } catch (RuntimeException failure) {
            return earlier(user, key, fingerprint).orElseThrow(() -> failure);
        }
    }

    private Optional<Answer> earlier(String user, String key, String fingerprint) {
        return keys.kept(user, key).map(kept -> {
            if (!kept.fingerprint().equals(fingerprint)) {
                throw new ConflictException(HEADER, "This " + HEADER + " was sent before with another request; send a new key for a new request");
            }
            return new Answer(invoices.require(kept.invoiceId()), true);
        });
    }

    /** Refuses a key that is empty, too long, or holds other than visible ASCII characters. */
    static void requireValid(String key) {
        InvalidInputException.require(key.length() >= 1 && key.length() <= InputLimits.REQUEST_KEY && key.chars().allMatch(c -> c > 0x20 && c < 0x7F),
                HEADER, "An " + HEADER + " has 1 to " + InputLimits.REQUEST_KEY + " visible ASCII characters, e.g. a UUID");
    }

    private static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The document, and whether it is the answer of an earlier request with the same key. */
    public record Answer(Invoice invoice, boolean repeated) {
    }
}
