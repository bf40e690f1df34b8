package io.github.ratecard.bench;

import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.jobs.JobKind;
import io.github.ratecard.jobs.JobState;
import io.github.ratecard.jobs.LedgerJob;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateType;
import io.github.ratecard.rates.ScopeKind;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.LedgerAggregates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * Re-pricing the ledger the back-fill left, as an administrator's change of the rate card starts it: through the
 * app's rate-card service, so the change queues its real re-pricing jobs, then the job worker until they are done.
 * The change is a cost rate 2.50 higher for every staff level from the rate card's second day (a new rate must
 * start after the one it follows, and the rate card starts on the ledger's first priced day), which re-prices
 * every entry of that day on; the second round undoes it (the new rates deleted), re-pricing the same entries back,
 * so later figures see the rate card they saw before. Each round's time per entry is set against the back-fill's
 * time per worklog in the same run; after each round the rollups must equal a fresh aggregate of the ledger and
 * every entry priced by a level rate must carry the rate the round put in force.
 */
final class RepricingFigures {

    static final double RATIO_TARGET = 2.0;
    static final LocalDate FROM = LocalDate.parse("2026-01-02");
    private static final BigDecimal RAISE = new BigDecimal("2.50");

    private final TestDatabase database;
    private final BenchApp app;
    private final int projects;
    private final long backfilled;
    private final double backfillSeconds;

    /** {@code backfillSeconds}: the back-fill of the {@code backfilled} worklogs of the ledger, in this run. */
    RepricingFigures(TestDatabase database, BenchApp app, int projects, long backfilled, double backfillSeconds) {
        this.database = database;
        this.app = app;
        this.projects = projects;
        this.backfilled = backfilled;
        this.backfillSeconds = backfillSeconds;
    }

    Map<String, Object> measure() {
        app.repriceRateCardChanges();
        RateCardService rates = app.bean(RateCardService.class);
        List<Rate> levelRates = new ArrayList<>();
        for (StaffLevel level : app.bean(LevelService.class).levels()) {
            levelRates.addAll(rates.find(new RateFilter(RateType.COST, ScopeKind.LEVEL, null, null, null, level.id(), FROM)));
        }
        Set<String> ownRates = rates.find(new RateFilter(RateType.COST, ScopeKind.USER, null, null, null, null, FROM)).stream()
                .map(rate -> rate.scope().userKey()).collect(Collectors.toCollection(TreeSet::new));
        List<Rate> added = new ArrayList<>();
        List<Map<String, Object>> rounds = new ArrayList<>();
        rounds.add(round("change", () -> levelRates.forEach(rate -> added.add(rates.add(rate.scope(), raised(rate.hourly()),
                EffectivePeriod.from(FROM)))), added, ownRates));
        rounds.add(round("undo", () -> added.forEach(rate -> rates.delete(rate.id())), levelRates, ownRates));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("change", String.format(java.util.Locale.ROOT, "a cost rate %s %s higher for each of the %d staff levels from %s, added through"
                + " the rate-card service, then deleted", RAISE, levelRates.get(0).hourly().currency(), levelRates.size(), FROM));
        figures.put("rounds", rounds);
        figures.put("backfillWorklogs", backfilled);
        figures.put("backfillSeconds", LedgerBenchmark.round(backfillSeconds));
        figures.put("worstRatio", rounds.stream().mapToDouble(round -> (double) round.get("ratio")).max().orElseThrow());
        return figures;
    }

    /** One change and the worker until its jobs are done, timed together; then the checks. */
    private Map<String, Object> round(String name, Runnable change, List<Rate> inForce, Set<String> ownRates) {
        long lastJob = app.jobs.recent(100).stream().mapToLong(LedgerJob::id).max().orElse(0);
        String load = LoadAverage.now();
        long begin = System.nanoTime();
        change.run();
        long changed = System.nanoTime();
        app.worker(NO_WORKLOGS).runPending(() -> false);
        long end = System.nanoTime();
        List<LedgerJob> jobs = app.jobs.recent(100).stream().filter(job -> job.id() > lastJob).toList();
        if (jobs.isEmpty() || jobs.stream().anyMatch(job -> job.kind() != JobKind.REPRICE || job.state() != JobState.DONE)) {
            throw new IllegalStateException("The change's re-pricing jobs are not all done: " + jobs);
        }
        long entries = jobs.stream().mapToLong(LedgerJob::done).sum();
        double seconds = (end - begin) / 1e9;
        checkLedger(name, inForce, ownRates);
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("round", name);
        round.put("jobs", jobs.size());
        round.put("entries", entries);
        round.put("skippedInvoiced", jobs.stream().mapToLong(LedgerJob::skipped).sum());
        round.put("seconds", LedgerBenchmark.round(seconds));
        round.put("changeMillis", LedgerBenchmark.round((changed - begin) / 1e6));
        round.put("entriesPerSecond", Math.round(entries / seconds));
        round.put("ratio", LedgerBenchmark.round(seconds / entries / (backfillSeconds / backfilled)));
        round.put("secondsRatio", LedgerBenchmark.round(seconds / backfillSeconds));
        round.put("entriesWithTheRates", withRates(inForce));
        round.put("loadAverage", load + " before, " + LoadAverage.now() + " after");
        return round;
    }

    /** The rollups equal a fresh aggregate, and no entry from {@link #FROM} on priced by a level rate misses the rates in force. */
    private void checkLedger(String round, List<Rate> inForce, Set<String> ownRates) {
        for (long project = 1; project <= projects; project++) {
            if (!LedgerAggregates.ofRollups(app.rollups, project).equals(LedgerAggregates.fresh(database.activeObjects(), project))) {
                throw new IllegalStateException("After re-pricing (" + round + "), project " + project + "'s rollups differ from its ledger");
            }
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(FROM.toEpochDay());
        parameters.addAll(ownRates);
        inForce.forEach(rate -> parameters.add(rate.id()));
        int others = database.activeObjects().count(LedgerEntity.class, Query.select().where(LedgerEntity.DELETED_MILLIS + " IS NULL AND "
                + LedgerEntity.WORK_DAY + " >= ?" + (ownRates.isEmpty() ? "" : " AND " + LedgerEntity.AUTHOR_KEY + " NOT IN " + marks(ownRates.size()))
                + " AND (" + LedgerEntity.COST_RATE_ID + " IS NULL OR " + LedgerEntity.COST_RATE_ID + " NOT IN " + marks(inForce.size()) + ")",
                parameters.toArray()));
        if (others > 0) {
            throw new IllegalStateException("After re-pricing (" + round + "), " + others + " entries from " + FROM + " carry another cost rate");
        }
    }

    private long withRates(List<Rate> rates) {
        return database.activeObjects().count(LedgerEntity.class, Query.select().where(LedgerEntity.DELETED_MILLIS + " IS NULL AND "
                + LedgerEntity.COST_RATE_ID + " IN " + marks(rates.size()), rates.stream().map(Rate::id).toArray()));
    }

    private static HourlyRate raised(HourlyRate rate) {
        return HourlyRate.parse(rate.amount().add(RAISE).toPlainString(), rate.currency().getCurrencyCode());
    }

    private static String marks(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** Re-pricing reads the ledger, not Jira's worklogs. */
    private static final WorklogSource NO_WORKLOGS = new WorklogSource() {
        @Override
        public List<WorklogRecord> after(long worklogId, int limit) {
            return List.of();
        }

        @Override
        public long count() {
            return 0;
        }
    };
}
