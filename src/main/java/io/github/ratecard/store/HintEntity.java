package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A cost-optimisation hint. FINGERPRINT (the SHA-256 of rule and subject, {@link Digests}) is unique: the same finding is the same
 * row in every run. PROJECT_IDS is a comma-wrapped list (",10,12,") so one LIKE finds a project;
 * FIGURES and EVIDENCE are JSON arrays; times are epoch milliseconds; the amount at stake is minor
 * units with its currency, both null when the rule cannot price it.
 */
@Table("RC_HINT")
public interface HintEntity extends Entity {

    String FINGERPRINT = "FINGERPRINT";
    String RULE_ID = "RULE_ID";
    String SUBJECT = "SUBJECT";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String PROJECT_IDS = "PROJECT_IDS";
    String FIGURES = "FIGURES";
    String EVIDENCE = "EVIDENCE";
    String AT_STAKE = "AT_STAKE";
    String CURRENCY = "CURRENCY";
    String MAGNITUDE = "MAGNITUDE";
    String STATE = "STATE";
    String FIRST_SEEN = "FIRST_SEEN";
    String LAST_SEEN = "LAST_SEEN";
    String DISMISSED_BY = "DISMISSED_BY";
    String DISMISSED_AT = "DISMISSED_AT";
    String DISMISS_REASON = "DISMISS_REASON";
    String DISMISSED_SIZE = "DISMISSED_SIZE";
    String STATE_CHANGES = "STATE_CHANGES";

    @NotNull
    @Unique
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @NotNull
    @Indexed
    String getRuleId();

    void setRuleId(String ruleId);

    @NotNull
    @StringLength(400)
    String getSubject();

    void setSubject(String subject);

    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getProjectIds();

    void setProjectIds(String ids);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getFigures();

    void setFigures(String json);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getEvidence();

    void setEvidence(String json);

    Long getAtStake();

    void setAtStake(Long minor);

    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    long getMagnitude();

    void setMagnitude(long magnitude);

    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    @NotNull
    long getFirstSeen();

    void setFirstSeen(long millis);

    @NotNull
    long getLastSeen();

    void setLastSeen(long millis);

    String getDismissedBy();

    void setDismissedBy(String userKey);

    Long getDismissedAt();

    void setDismissedAt(Long millis);

    @StringLength(StringLength.UNLIMITED)
    String getDismissReason();

    void setDismissReason(String reason);

    Long getDismissedSize();

    void setDismissedSize(Long magnitude);

    /** How often the state changed (null: never); a change writes it first so that two changes of one hint wait for each other. */
    Long getStateChanges();

    void setStateChanges(Long changes);
}
