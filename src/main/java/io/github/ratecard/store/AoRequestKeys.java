package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.RequestKeyTakenException;
import io.github.ratecard.invoice.RequestKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** The answers to repeatable requests, in RC_REQUEST_KEY. */
public class AoRequestKeys implements RequestKeys {

    private final ActiveObjects ao;
    private final Clock clock;

    public AoRequestKeys(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<Kept> kept(String user, String key) {
        RequestKeyEntity[] found = ao.find(RequestKeyEntity.class, Query.select().where(RequestKeyEntity.SCOPED_KEY + " = ?", scoped(user, key)));
        return found.length == 0 ? Optional.empty() : Optional.of(new Kept(found[0].getFingerprint(), found[0].getInvoiceId()));
    }

    @Override
    public void keep(String user, String key, String fingerprint, long invoiceId) {
        try {
            ao.create(RequestKeyEntity.class, row(user, key, fingerprint, invoiceId, clock.millis()));
        } catch (RuntimeException e) {
            if (Sql.isConflict(e)) {
                throw new RequestKeyTakenException(e);
            }
            throw e;
        }
    }

    /** The row that keeps a person's key with the document it produced. */
    static Map<String, Object> row(String user, String key, String fingerprint, long invoiceId, long createdMillis) {
        Map<String, Object> row = new HashMap<>();
        row.put(RequestKeyEntity.SCOPED_KEY, scoped(user, key));
        row.put(RequestKeyEntity.USER_KEY, user);
        row.put(RequestKeyEntity.REQUEST_KEY, key);
        row.put(RequestKeyEntity.FINGERPRINT, fingerprint);
        row.put(RequestKeyEntity.INVOICE_ID, invoiceId);
        row.put(RequestKeyEntity.CREATED, createdMillis);
        return row;
    }

    /** The user and the key, as one value of fixed length; the NUL between them cannot be part of either. */
    private static String scoped(String user, String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((user + '\0' + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
