package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The webhook outbox: one event for one endpoint, its body as sent, and its sending so far. CLAIMS counts claims;
 * raising it is how a claim locks the row before it reads the status again (see AoWebhookStore.claim).
 */
@Table("RC_WH_DELIVERY")
public interface WebhookDeliveryEntity extends RawEntity<Long> {

    String ID = "ID";
    String DELIVERY_ID = "DELIVERY_ID";
    String ENDPOINT_ID = "ENDPOINT_ID";
    String EVENT = "EVENT";
    String DOC_KEY = "DOC_KEY";
    String BODY = "BODY";
    String STATUS = "STATUS";
    String ATTEMPTS = "ATTEMPTS";
    String CLAIMS = "CLAIMS";
    String CREATED_MILLIS = "CREATED_MILLIS";
    String NEXT_MILLIS = "NEXT_MILLIS";
    String CLAIMED_MILLIS = "CLAIMED_MILLIS";
    String LAST_CODE = "LAST_CODE";
    String LAST_ERROR = "LAST_ERROR";
    String DELIVERED_MILLIS = "DELIVERED_MILLIS";

    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getId();

    @NotNull
    @StringLength(36)
    String getDeliveryId();

    void setDeliveryId(String uuid);

    @Indexed
    long getEndpointId();

    void setEndpointId(long endpointId);

    @NotNull
    @StringLength(40)
    String getEvent();

    void setEvent(String event);

    @NotNull
    @Indexed
    String getDocKey();

    void setDocKey(String document);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    @Indexed
    @StringLength(12)
    String getStatus();

    void setStatus(String status);

    int getAttempts();

    void setAttempts(int attempts);

    int getClaims();

    void setClaims(int claims);

    long getCreatedMillis();

    void setCreatedMillis(long millis);

    @Indexed
    long getNextMillis();

    void setNextMillis(long millis);

    Long getClaimedMillis();

    void setClaimedMillis(Long millis);

    Integer getLastCode();

    void setLastCode(Integer code);

    @StringLength(450)
    String getLastError();

    void setLastError(String error);

    Long getDeliveredMillis();

    void setDeliveredMillis(Long millis);
}
