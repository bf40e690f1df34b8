package io.github.ratecard.sandbox.model;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Sandbox stand-in for Jira's mail queue: an e-mail the app queued, kept for the outbox page. */
@Table("SB_MAIL")
public interface SbMail extends Entity {

    String RECIPIENT = "RECIPIENT";
    String SUBJECT = "SUBJECT";
    String BODY = "BODY";
    String QUEUED_MILLIS = "QUEUED_MILLIS";
    String HTML = "HTML";

    /** The recipient's user key and display name. */
    @NotNull
    String getRecipient();

    void setRecipient(String recipient);

    @NotNull
    String getSubject();

    void setSubject(String subject);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    long getQueuedMillis();

    void setQueuedMillis(long millis);

    /** Whether the body is HTML (the app escaped every value in it) rather than plain text. */
    boolean isHtml();

    void setHtml(boolean html);
}
