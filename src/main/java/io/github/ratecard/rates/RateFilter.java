package io.github.ratecard.rates;

import java.time.LocalDate;

/** Which rates to list: every field is optional; {@code day} keeps the rates in force that day. */
public record RateFilter(RateType type, ScopeKind kind, String accountKey, Long projectId, String userKey, Long levelId,
                         LocalDate day) {

    public static RateFilter ofType(RateType type) {
        return new RateFilter(type, null, null, null, null, null, null);
    }

    public boolean matches(Rate rate) {
        RateScope scope = rate.scope();
        return (type == null || rate.type() == type)
                && (kind == null || scope.kind() == kind)
                && (accountKey == null || accountKey.equals(scope.accountKey()))
                && (projectId == null || projectId.equals(scope.projectId()))
                && (userKey == null || userKey.equals(scope.userKey()))
                && (levelId == null || levelId.equals(scope.levelId()))
                && (day == null || rate.period().contains(day));
    }
}
