package io.github.ratecard.billing;

/** A project bills to an account; exactly one of a project's accounts is its default. */
public record ProjectAccountLink(long projectId, String accountKey, boolean isDefault) {
}
