package io.github.ratecard.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the cost and bill rates that apply to a piece of work, and which rule won.
 * Cost: the user's rate, else their staff level's, else the global default.
 * Bill, most specific first: account + user, account + level, account default,
 * project + user, project + level, project default; only rates in the account's currency count.
 */
public final class RateResolver {

    private final RateBook book;

    public RateResolver(RateBook book) {
        this.book = book;
    }

    public Resolution resolve(RateQuery query) {
        Optional<Long> level = book.levelOn(query.userKey(), query.day()).map(LevelAssignment::levelId);
        return new Resolution(level, cost(query, level), bill(query, level));
    }

    private RateResolution cost(RateQuery query, Optional<Long> level) {
        List<RateScope> candidates = new ArrayList<>();
        if (hasUser(query)) {
            candidates.add(RateScope.user(query.userKey()));
        }
        level.ifPresent(id -> candidates.add(RateScope.level(id)));
        candidates.add(RateScope.global());
        return firstApplying(RateType.COST, candidates, query);
    }

    private RateResolution bill(RateQuery query, Optional<Long> level) {
        List<RateScope> candidates = new ArrayList<>();
        if (query.accountKey() != null) {
            if (hasUser(query)) {
                candidates.add(RateScope.accountUser(query.accountKey(), query.userKey()));
            }
            level.ifPresent(id -> candidates.add(RateScope.accountLevel(query.accountKey(), id)));
            candidates.add(RateScope.account(query.accountKey()));
        }
        if (query.projectId() != null) {
            if (hasUser(query)) {
                candidates.add(RateScope.projectUser(query.projectId(), query.userKey()));
            }
            level.ifPresent(id -> candidates.add(RateScope.projectLevel(query.projectId(), id)));
            candidates.add(RateScope.project(query.projectId()));
        }
        return firstApplying(RateType.BILL, candidates, query);
    }

    /** Work without a user (a worklog without author, an unassigned issue's estimate) has no user rates: the defaults apply. */
    static boolean hasUser(RateQuery query) {
        return query.userKey() != null && !query.userKey().isBlank();
    }

    private RateResolution firstApplying(RateType type, List<RateScope> candidates, RateQuery query) {
        for (RateScope scope : candidates) {
            for (Rate rate : book.rates(scope)) {
                if (rate.period().contains(query.day()) && inAccountCurrency(type, rate, query)) {
                    return new ResolvedRate(rate);
                }
            }
        }
        return new MissingRate(type, candidates, query.day());
    }

    private static boolean inAccountCurrency(RateType type, Rate rate, RateQuery query) {
        return type == RateType.COST || query.accountCurrency() == null || rate.hourly().currency().equals(query.accountCurrency());
    }

    /** Both answers for one query, and the staff level the user held that day. */
    public record Resolution(Optional<Long> levelId, RateResolution cost, RateResolution bill) {
    }
}
