package io.github.ratecard.webhook;

/**
 * The administrator's settings that loosen the guard on webhook targets (both off by default), and the key
 * that encrypts the endpoints' secrets (made once, at first use, and kept in the app's settings).
 */
public interface WebhookSecurity {

    /** Whether an endpoint may use plain {@code http://}. */
    boolean allowHttp();

    /** Whether an endpoint may reach loopback, private, link-local and other internal addresses. */
    boolean allowInternalTargets();

    void change(boolean allowHttp, boolean allowInternalTargets);

    /** The 256-bit key of {@link SecretBox}. */
    byte[] secretKey();
}
