package io.github.ratecard.insight.margin;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.ledger.ItemFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profitability by person and by staff level computes every line of work of the period (a project × person × account ×
 * currency × month: 120,000 a year for 200 people on 50 accounts), which takes about half a second. For the whole view
 * (every project: finance) without a project filter such a report is kept as a snapshot for {@link #MAX_AGE} and answered
 * from it, with the moment it was computed; asked for fresh, or once older, it is computed again and kept. Every other
 * report, and any report of a viewer who sees only some projects, is computed for its request. A snapshot that cannot be
 * read or kept is logged and the report computed as if there were none.
 * <p>
 * A background job ({@link #refresh}) computes again every snapshot asked for within {@link #REFRESHED_WHILE_ASKED} once
 * it is {@link #REFRESH_AFTER} old, so that a report finance keeps reading is answered from a snapshot at every request;
 * one not asked for that long is left to age and go.
 */
public final class MarginSnapshots {

    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** The background job computes a snapshot again once it is this old (it runs every minute). */
    public static final Duration REFRESH_AFTER = Duration.ofMinutes(3);
    /** The background job keeps computing a snapshot again while it was asked for within this time. */
    public static final Duration REFRESHED_WHILE_ASKED = Duration.ofHours(1);
    /** The most snapshots one run of the background job computes again, those asked for last first; the others wait for the next run. */
    public static final int REFRESHED_PER_RUN = 20;
    /** A snapshot's last request is noted at most once in this time (a read, not a write, answers the others). */
    static final Duration ASKS_NOTED_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(MarginSnapshots.class);

    private final MarginReader reader;
    private final MarginSnapshotStore store;
    private final Clock clock;

    public MarginSnapshots(MarginReader reader, MarginSnapshotStore store, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.clock = clock;
    }

    /** Whether the report of {@code query} is kept as a snapshot when it shows every project (an account key longer than any account's names none). */
    private static boolean keptKind(MarginQuery query) {
        return (query.by() == MarginGrouping.PERSON || query.by() == MarginGrouping.LEVEL) && query.projectKey() == null
                && (query.accountKey() == null || query.accountKey().length() <= InputLimits.ACCOUNT_KEY);
    }

    /**
     * The report of {@code query} of the projects {@code shown} accepts; {@code everyProject} says that it accepts them all
     * (only then may a snapshot answer), {@code fresh} that it must be computed now.
     */
    public MarginAnswer answer(MarginQuery query, Predicate<Long> shown, boolean everyProject, boolean fresh) {
        boolean keep = everyProject && keptKind(query);
        if (keep && !fresh) {
            Instant now = clock.instant();
            Optional<MarginSnapshot> snapshot = youngerThanMaxAge(query, now);
            if (snapshot.isPresent()) {
                noteAsked(query, snapshot.get(), now);
                return new MarginAnswer(snapshot.get().report(), snapshot.get().computedAt(), true);
            }
        }
        Instant computedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        MarginReport report = reader.report(query, shown, everyProject);
        if (keep) {
            try {
                store.save(query, new MarginSnapshot(report, computedAt));
            } catch (RuntimeException e) {
                LOG.warn("Ratecard could not keep the profitability report of " + query + " as a snapshot: " + e);
            }
        }
        return new MarginAnswer(report, computedAt, false);
    }

    /**
     * Computes again, one after the other, the snapshots asked for within {@link #REFRESHED_WHILE_ASKED} that are
     * {@link #REFRESH_AFTER} old or older, at most {@link #REFRESHED_PER_RUN} of them (those asked for last); a report that
     * cannot be computed or kept is reported to {@code failures} and the others go on. Returns how many were computed.
     */
    public int refresh(BooleanSupplier stop, ItemFailures failures) {
        Instant now = clock.instant();
        int refreshed = 0;
        List<MarginSnapshotStore.Kept> due = store.askedSince(now.minus(REFRESHED_WHILE_ASKED), now.minus(REFRESH_AFTER).plusMillis(1));
        for (MarginSnapshotStore.Kept kept : due.subList(0, Math.min(due.size(), REFRESHED_PER_RUN))) {
            if (stop.getAsBoolean()) {
                break;
            }
            try {
                Instant computedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                store.save(kept.query(), new MarginSnapshot(reader.report(kept.query(), project -> true, true), computedAt, kept.askedAt()));
                refreshed++;
            } catch (RuntimeException e) {
                failures.failed("the profitability snapshot of " + kept.query(), e);
            }
        }
        return refreshed;
    }

    private void noteAsked(MarginQuery query, MarginSnapshot snapshot, Instant now) {
        if (Duration.between(snapshot.askedAt(), now).compareTo(ASKS_NOTED_EVERY) < 0) {
            return;
        }
        try {
            store.asked(query, now.truncatedTo(ChronoUnit.MILLIS));
        } catch (RuntimeException e) {
            LOG.warn("Ratecard could not note a request of the profitability snapshot of " + query + ": " + e);
        }
    }

    /** The snapshot kept of {@code query}, if it was computed less than {@link #MAX_AGE} before {@code now}; none when it cannot be read. */
    private Optional<MarginSnapshot> youngerThanMaxAge(MarginQuery query, Instant now) {
        try {
            return store.find(query).filter(snapshot -> !snapshot.computedAt().isAfter(now)
                    && Duration.between(snapshot.computedAt(), now).compareTo(MAX_AGE) < 0);
        } catch (RuntimeException e) {
            LOG.warn("Ratecard could not read the snapshot of the profitability report of " + query + ": " + e);
            return Optional.empty();
        }
    }
}
