package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A webhook endpoint; EVENTS holds the wire names of its events, comma-separated; SECRET is sealed (webhook/SecretBox). */
@Table("RC_WH_ENDPOINT")
public interface WebhookEndpointEntity extends Entity {

    String NAME = "NAME";
    String URL = "URL";
    String EVENTS = "EVENTS";
    String ACTIVE = "ACTIVE";
    String SECRET = "SECRET";
    String SECRET_PRINT = "SECRET_PRINT";
    String SECRET_SET_MILLIS = "SECRET_SET_MILLIS";
    String CREATED_BY = "CREATED_BY";
    String CREATED_MILLIS = "CREATED_MILLIS";

    @NotNull
    @StringLength(100)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getUrl();

    void setUrl(String url);

    @NotNull
    String getEvents();

    void setEvents(String events);

    boolean isActive();

    void setActive(boolean active);

    @NotNull
    @StringLength(450)
    String getSecret();

    void setSecret(String sealed);

    @NotNull
    @StringLength(20)
    String getSecretPrint();

    void setSecretPrint(String fingerprint);

    long getSecretSetMillis();

    void setSecretSetMillis(long millis);

    String getCreatedBy();

    void setCreatedBy(String userKey);

    long getCreatedMillis();

    void setCreatedMillis(long millis);
}
