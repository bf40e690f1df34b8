package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The answer to a repeatable request: a person's request key and the document its first request
 * produced. Active Objects has no unique key over two columns, so SCOPED_KEY (a digest of the user
 * and the key) is the unique one.
 */
@Table("RC_REQUEST_KEY")
public interface RequestKeyEntity extends Entity {

    String SCOPED_KEY = "SCOPED_KEY";
    String USER_KEY = "USER_KEY";
    String REQUEST_KEY = "REQUEST_KEY";
    String FINGERPRINT = "FINGERPRINT";
    String INVOICE_ID = "INVOICE_ID";
    String CREATED = "CREATED";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getScopedKey();

    void setScopedKey(String key);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(100)
    String getRequestKey();

    void setRequestKey(String key);

    /** A digest of what was asked, to tell a repeat from another request under the same key. */
    @NotNull
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @NotNull
    long getInvoiceId();

    void setInvoiceId(long id);

    /** When the answer was kept, in epoch milliseconds. */
    @NotNull
    long getCreated();

    void setCreated(long millis);
}
