package io.github.ratecard.rates;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Objects;

/** One place a rate applies: a kind and exactly the keys that kind needs. */
public record RateScope(ScopeKind kind, String accountKey, Long projectId, String userKey, Long levelId) {

    public RateScope {
        Objects.requireNonNull(kind, "kind");
        check(kind.needsAccount(), accountKey, "account");
        check(kind.needsProject(), projectId, "project");
        check(kind.needsUser(), userKey, "user");
        check(kind.needsLevel(), levelId, "level");
    }

    private static void check(boolean needed, Object value, String field) {
        boolean present = value != null && !(value instanceof String && ((String) value).isBlank());
        InvalidInputException.require(needed == present, field,
                needed ? "This scope needs a " + field : "This scope takes no " + field);
    }

    public static RateScope global() {
        return new RateScope(ScopeKind.GLOBAL, null, null, null, null);
    }

    public static RateScope user(String userKey) {
        return new RateScope(ScopeKind.USER, null, null, userKey, null);
    }

    public static RateScope level(long levelId) {
        return new RateScope(ScopeKind.LEVEL, null, null, null, levelId);
    }

    public static RateScope account(String accountKey) {
        return new RateScope(ScopeKind.ACCOUNT, accountKey, null, null, null);
    }

    public static RateScope accountUser(String accountKey, String userKey) {
        return new RateScope(ScopeKind.ACCOUNT_USER, accountKey, null, userKey, null);
    }

    public static RateScope accountLevel(String accountKey, long levelId) {
        return new RateScope(ScopeKind.ACCOUNT_LEVEL, accountKey, null, null, levelId);
    }

    public static RateScope project(long projectId) {
        return new RateScope(ScopeKind.PROJECT, null, projectId, null, null);
    }

    public static RateScope projectUser(long projectId, String userKey) {
        return new RateScope(ScopeKind.PROJECT_USER, null, projectId, userKey, null);
    }

    public static RateScope projectLevel(long projectId, long levelId) {
        return new RateScope(ScopeKind.PROJECT_LEVEL, null, projectId, null, levelId);
    }

    public RateType type() {
        return kind.type();
    }
}
