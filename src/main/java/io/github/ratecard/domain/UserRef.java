package io.github.ratecard.domain;

/** A Jira user as Ratecard refers to it: by the stable user key, with the name people see. */
public record UserRef(String key, String displayName) {
}
