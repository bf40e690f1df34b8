package io.github.ratecard.domain;

/**
 * A Jira user as Ratecard refers to it: by the stable user key, with the name people see, and whether the account
 * is active (false once an administrator deactivated it, e.g. when the person left).
 */
public record UserRef(String key, String displayName, boolean active) {

    /** An active user. */
    public UserRef(String key, String displayName) {
        this(key, displayName, true);
    }
}
