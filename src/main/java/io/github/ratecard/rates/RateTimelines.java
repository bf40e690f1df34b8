package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate resolution compiled per user, project and account: the answer can only change on a day
 * where a candidate rate or one of the user's level assignments starts or ends, so each
 * combination is resolved once per stretch of days between such boundaries and then looked up
 * by day. Gives exactly the answers of {@link RateResolver} on the same book; the book must not
 * change while this is in use (one consistent view of the rate card), and it is safe to share
 * between threads.
 */
public final class RateTimelines {

    private final RateBook book;
    private final ConcurrentHashMap<Key, Timeline> timelines = new ConcurrentHashMap<>();

    public RateTimelines(RateBook book) {
        this.book = book;
    }

    public RateResolver.Resolution resolve(RateQuery query) {
        Key key = new Key(query.userKey(), query.projectId(), query.accountKey(), query.accountCurrency());
        Timeline timeline = timelines.get(key);
        if (timeline == null) {
            timeline = timelines.computeIfAbsent(key, this::compile);
        }
        return timeline.on(query.day());
    }

    private Timeline compile(Key key) {
        List<LevelAssignment> assignments = book.assignmentsOf(key.userKey());
        Set<Long> levels = new LinkedHashSet<>();
        TreeSet<Long> boundaries = new TreeSet<>();
        for (LevelAssignment assignment : assignments) {
            levels.add(assignment.levelId());
            addBoundaries(assignment.period(), boundaries);
        }
        for (RateScope scope : candidateScopes(key, levels)) {
            for (Rate rate : book.rates(scope)) {
                addBoundaries(rate.period(), boundaries);
            }
        }
        RateResolver resolver = new RateResolver(book);
        long[] starts = new long[boundaries.size() + 1];
        RateResolver.Resolution[] answers = new RateResolver.Resolution[starts.length];
        starts[0] = Long.MIN_VALUE;
        long firstDay = boundaries.isEmpty() ? 0 : boundaries.first() - 1;
        answers[0] = resolver.resolve(query(key, LocalDate.ofEpochDay(firstDay)));
        int index = 1;
        for (long boundary : boundaries) {
            starts[index] = boundary;
            answers[index] = resolver.resolve(query(key, LocalDate.ofEpochDay(boundary)));
            index++;
        }
        return new Timeline(starts, answers);
    }

    private static List<RateScope> candidateScopes(Key key, Set<Long> levels) {
        List<RateScope> scopes = new ArrayList<>();
        boolean hasUser = key.userKey() != null && !key.userKey().isBlank();
        if (hasUser) {
            scopes.add(RateScope.user(key.userKey()));
        }
        scopes.add(RateScope.global());
        levels.forEach(level -> scopes.add(RateScope.level(level)));
        if (key.accountKey() != null) {
            if (hasUser) {
                scopes.add(RateScope.accountUser(key.accountKey(), key.userKey()));
            }
            scopes.add(RateScope.account(key.accountKey()));
            levels.forEach(level -> scopes.add(RateScope.accountLevel(key.accountKey(), level)));
        }
        if (key.projectId() != null) {
            if (hasUser) {
                scopes.add(RateScope.projectUser(key.projectId(), key.userKey()));
            }
            scopes.add(RateScope.project(key.projectId()));
            levels.forEach(level -> scopes.add(RateScope.projectLevel(key.projectId(), level)));
        }
        return scopes;
    }

    private static void addBoundaries(EffectivePeriod period, Set<Long> boundaries) {
        boundaries.add(period.validFrom().toEpochDay());
        if (period.validTo() != null) {
            boundaries.add(period.validTo().toEpochDay() + 1);
        }
    }

    private static RateQuery query(Key key, LocalDate day) {
        return new RateQuery(key.userKey(), key.projectId(), key.accountKey(), key.currency(), day);
    }

    /** What a timeline is for; its hash is computed once, as every pricing looks one up. */
    private static final class Key {

        private final String userKey;
        private final Long projectId;
        private final String accountKey;
        private final Currency currency;
        private final int hash;

        Key(String userKey, Long projectId, String accountKey, Currency currency) {
            this.userKey = userKey;
            this.projectId = projectId;
            this.accountKey = accountKey;
            this.currency = currency;
            this.hash = 31 * (31 * userKey.hashCode() + Objects.hashCode(projectId)) + Objects.hashCode(accountKey);
        }

        String userKey() {
            return userKey;
        }

        Long projectId() {
            return projectId;
        }

        String accountKey() {
            return accountKey;
        }

        Currency currency() {
            return currency;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && Objects.equals(projectId, key.projectId) && userKey.equals(key.userKey)
                    && Objects.equals(accountKey, key.accountKey) && Objects.equals(currency, key.currency);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Answers by day: {@code answers[i]} holds from {@code starts[i]} until the next start. */
    private record Timeline(long[] starts, RateResolver.Resolution[] answers) {

        RateResolver.Resolution on(LocalDate day) {
            int found = Arrays.binarySearch(starts, day.toEpochDay());
            RateResolver.Resolution answer = answers[found >= 0 ? found : -found - 2];
            return answer.cost().isMissing() || answer.bill().isMissing() ? onDay(answer, day) : answer;
        }

        /** A missing rate names the day it was looked for. */
        private static RateResolver.Resolution onDay(RateResolver.Resolution answer, LocalDate day) {
            return new RateResolver.Resolution(answer.levelId(), onDay(answer.cost(), day), onDay(answer.bill(), day));
        }

        private static RateResolution onDay(RateResolution resolution, LocalDate day) {
            return resolution instanceof MissingRate missing ? new MissingRate(missing.type(), missing.lookedFor(), day) : resolution;
        }
    }
}
