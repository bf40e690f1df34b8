package io.github.ratecard.insight.hints;

/**
 * Who a subscriber of the weekly hints e-mail is when their e-mail is due, asked of the host each
 * time (the job has no signed-in user, and permissions change after someone subscribes).
 */
@FunctionalInterface
public interface DigestRecipients {

    /** FINANCE: an active account holding the Ratecard finance permission; MEMBER: active without it; GONE: deleted or deactivated. */
    enum Standing { FINANCE, MEMBER, GONE }

    Standing standing(String userKey);
}
