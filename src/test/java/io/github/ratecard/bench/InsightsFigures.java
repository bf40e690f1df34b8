package io.github.ratecard.bench;

import io.github.ratecard.app.AccountService;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.insight.hints.HintJob;
import io.github.ratecard.insight.margin.MarginAnswer;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginReader;
import io.github.ratecard.insight.margin.MarginSnapshotStore;
import io.github.ratecard.insight.margin.MarginSnapshots;
import io.github.ratecard.insight.utilisation.Grouping;
import io.github.ratecard.insight.utilisation.UtilisationQuery;
import io.github.ratecard.insight.utilisation.UtilisationReport;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import net.java.ao.DatabaseProvider;

/**
 * The Insights reports on rollups of 12 months × 200 people × 50 client accounts: the profitability report in
 * each grouping, the utilisation report in each, and one run of the hints job, timed in interleaved rounds with
 * the SQL statements each takes. The first ledger's worklogs spread evenly over 2026; a ledger ten times larger
 * goes on into the years after, so the reports of 2026 read the same rollups among ten times as many.
 */
final class InsightsFigures {

    static final int USERS = 200;
    static final int ACCOUNTS = 50;
    static final int ISSUES_PER_PROJECT = 40;
    /** The worklogs in a row of one person on one project. */
    private static final long RUN = 5;
    static final YearMonth FROM = YearMonth.of(2026, 1);
    static final YearMonth TO = YearMonth.of(2026, 12);
    /** The hints job runs as of the year's last day, so the later years of a larger ledger lie ahead of it. */
    static final LocalDate HINTS_DAY = LocalDate.of(2026, 12, 31);
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 365L * 86_400;
    private static final int ROUNDS = Integer.getInteger("ratecard.bench.insightsRounds", 15);
    private static final int WARM_UP = 3;
    static final List<String> TEAMS = List.of("team-a", "team-b", "team-c", "team-d");

    private final TestDatabase database;
    private final BenchApp app;
    private final long yearOfWorklogs;
    private final int accountsPerPerson;

    /**
     * {@code yearOfWorklogs}: the worklogs that make up 2026 (the first ledger); {@code accountsPerPerson}: the accounts
     * (projects) each person works for, from 1 to {@link #ACCOUNTS} (all of them: the worst case).
     */
    InsightsFigures(TestDatabase database, BenchApp app, long yearOfWorklogs, int accountsPerPerson) {
        if (accountsPerPerson < 1 || accountsPerPerson > ACCOUNTS) {
            throw new IllegalArgumentException("ratecard.bench.insightsAccountsPerPerson must be from 1 to " + ACCOUNTS + ", was "
                    + accountsPerPerson);
        }
        this.database = database;
        this.app = app;
        this.yearOfWorklogs = yearOfWorklogs;
        this.accountsPerPerson = accountsPerPerson;
    }

    int accountsPerPerson() {
        return accountsPerPerson;
    }

    /** Two staff levels over 200 people, cost rates per level, 50 billable accounts with a project each (P1 … P50). */
    void seed() {
        LevelService levels = app.bean(LevelService.class);
        RateCardService rates = app.bean(RateCardService.class);
        AccountService accounts = app.bean(AccountService.class);
        LocalDate start = LocalDate.parse("2026-01-01");
        StaffLevel agent = levels.create("Agent", "");
        StaffLevel senior = levels.create("Senior", "");
        for (int u = 0; u < USERS; u++) {
            levels.assign("u" + u, (u % 4 == 0 ? senior : agent).id(), EffectivePeriod.from(start));
        }
        rates.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(start));
        rates.add(RateScope.level(agent.id()), HourlyRate.parse("32.50", "EUR"), EffectivePeriod.from(start));
        rates.add(RateScope.level(senior.id()), HourlyRate.parse("45", "EUR"), EffectivePeriod.from(start));
        for (int a = 1; a <= ACCOUNTS; a++) {
            String key = accountKey(a);
            accounts.create(new ClientAccount(key, key, "Client " + a, Currency.getInstance("EUR"), AccountCategory.BILLABLE, AccountStatus.OPEN,
                    new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), new BigDecimal("19"), null));
            rates.add(RateScope.account(key), HourlyRate.parse(String.valueOf(40 + 5 * (a % 8)), "EUR"), EffectivePeriod.from(start));
            rates.add(RateScope.accountLevel(key, senior.id()), HourlyRate.parse("95", "EUR"), EffectivePeriod.from(start));
            accounts.link("P" + a, key, true);
        }
    }

    static String accountKey(int account) {
        return String.format(Locale.ROOT, "A%02d", account);
    }

    /** The members of the four teams the utilisation report's team rows read: every fourth person in each. */
    static java.util.Optional<java.util.Set<String>> teamMembers(String group) {
        int team = TEAMS.indexOf(group);
        if (team < 0) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> members = new java.util.TreeSet<>();
        for (int u = team; u < USERS; u += TEAMS.size()) {
            members.add("u" + u);
        }
        return java.util.Optional.of(members);
    }

    /**
     * The same worklog for the same id in every run: five worklogs in a row of one person on one project, every person
     * on every one of the 50 projects (each with its own account) within every 50,000 worklogs; ids grow with the time
     * work is logged, {@code yearOfWorklogs} of them to a year from 2026-01-01, each started up to three days before it
     * is logged. (With 1M worklogs a year, every person works on every project in every month.)
     */
    static WorklogRecord record(long id, long yearOfWorklogs) {
        return record(id, yearOfWorklogs, ACCOUNTS);
    }

    /**
     * As {@link #record(long, long)}, but each person works on {@code accountsPerPerson} projects only: person u works
     * on the projects from u × accountsPerPerson on (modulo 50), one after the other, so that each project has as many
     * people as any other when accountsPerPerson divides 50 (with 5: each person on 5 projects, each project with 20
     * people). The ledger's size and months are the same.
     */
    static WorklogRecord record(long id, long yearOfWorklogs, int accountsPerPerson) {
        long run = id / RUN;
        long user = (run / accountsPerPerson) % USERS;
        long project = 1 + (user * accountsPerPerson + run % accountsPerPerson) % ACCOUNTS;
        long issueNumber = 1 + Math.floorMod(id * 31, ISSUES_PER_PROJECT);
        long issue = project * 1000 + issueNumber;
        Instant logged = YEAR_START.plusSeconds(id * YEAR_SECONDS / yearOfWorklogs);
        Instant started = logged.minusSeconds(Math.floorMod(id * 7919L, 3L * 86_400));
        return new WorklogRecord(id, issue, "P" + project + "-" + issueNumber, project, "P" + project, "u" + user, started,
                900 + Math.floorMod(id * 13, 7200), logged.plusSeconds(3600));
    }

    WorklogSource source(long after, long last) {
        return new WorklogSource() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                List<WorklogRecord> records = new ArrayList<>(limit);
                for (long id = Math.max(after, worklogId) + 1; id <= last && records.size() < limit; id++) {
                    records.add(record(id, yearOfWorklogs, accountsPerPerson));
                }
                return records;
            }

            @Override
            public long count() {
                return last - after;
            }
        };
    }

    /** Every report, in {@link #ROUNDS} rounds after {@link #WARM_UP}, each round starting with the next report. */
    Map<String, Object> measure(long ledger) {
        String load = LoadAverage.now();
        Map<String, IntSupplier> reports = reports();
        List<String> names = new ArrayList<>(reports.keySet());
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        names.forEach(name -> times.put(name, new long[ROUNDS]));
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(Math.floorMod(round + i, names.size()));
                long begin = System.nanoTime();
                int size = reports.get(name).getAsInt();
                long took = System.nanoTime() - begin;
                rows.put(name, size);
                if (round >= 0) {
                    times.get(name)[round] = took;
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ledger", ledger);
        figures.put("accountsPerPerson", accountsPerPerson);
        figures.put("rounds", ROUNDS);
        Map<String, Object> each = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, Object> report = LedgerBenchmark.percentiles(times.get(name));
            report.put("rows", rows.get(name));
            report.put("statements", statements(reports.get(name)));
            each.put(name, report);
        }
        figures.put("reports", each);
        figures.put("loadAverage", load + " before, " + LoadAverage.now() + " after");
        return figures;
    }

    /** What each figure runs; each returns the rows (or findings) it produced. */
    private Map<String, IntSupplier> reports() {
        MarginReader margin = app.margin;
        UtilisationReport utilisation = app.bean(UtilisationReport.class);
        HintJob hints = app.bean(HintJob.class);
        Map<String, IntSupplier> reports = new LinkedHashMap<>();
        for (MarginGrouping by : MarginGrouping.values()) {
            // rows by epic are of one project and of its last months at most: its ledger entries are read, month by month
            boolean epic = by == MarginGrouping.EPIC;
            MarginQuery query = new MarginQuery(epic ? TO.minusMonths(MarginQuery.MAX_EPIC_MONTHS - 1) : FROM, TO, by, epic ? "P1" : null, null);
            reports.put("margin by " + by.name().toLowerCase(Locale.ROOT), () -> margin.report(query, project -> true, true).rows().size());
        }
        // finance's reports by person and by level as the page and REST answer them: a snapshot of up to five minutes, computed
        // here of this ledger before the rounds, on a clock that stands still (so each round is answered from it, and the
        // note that it was asked for, written at most once a minute, is not among the statements measured)
        MarginSnapshots snapshots = new MarginSnapshots(margin, app.bean(MarginSnapshotStore.class),
                java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC));
        for (MarginGrouping by : List.of(MarginGrouping.LEVEL, MarginGrouping.PERSON)) {
            MarginQuery query = new MarginQuery(FROM, TO, by, null, null);
            snapshots.answer(query, project -> true, true, true);
            reports.put("margin by " + by.name().toLowerCase(Locale.ROOT) + " (kept snapshot)", () -> {
                MarginAnswer answer = snapshots.answer(query, project -> true, true, false);
                if (!answer.snapshot()) {
                    throw new IllegalStateException("The snapshot of the report by " + by + " was not kept");
                }
                return answer.report().rows().size();
            });
        }
        if (Boolean.getBoolean("ratecard.bench.insightsCompare")) {
            MarginReader throughEntities = new MarginReader(new io.github.ratecard.store.AoMarginSources(database.activeObjects()),
                    app.bean(io.github.ratecard.ledger.LedgerQueries.class), app.bean(io.github.ratecard.budget.ScopeWork.class),
                    app.bean(io.github.ratecard.domain.ProjectDirectory.class), app.bean(io.github.ratecard.domain.UserDirectory.class),
                    app.bean(io.github.ratecard.billing.AccountStore.class), app.bean(io.github.ratecard.rates.LevelStore.class),
                    app.bean(io.github.ratecard.budget.OverheadStore.class), app.bean(io.github.ratecard.domain.ReportingSettings.class));
            for (MarginGrouping by : List.of(MarginGrouping.LEVEL, MarginGrouping.PERSON)) {
                MarginQuery query = new MarginQuery(FROM, TO, by, null, null);
                reports.put("margin by " + by.name().toLowerCase(Locale.ROOT) + " (Active Objects' entities)",
                        () -> throughEntities.report(query, project -> true, true).rows().size());
            }
        }
        for (Grouping by : Grouping.values()) {
            UtilisationQuery query = new UtilisationQuery(FROM, TO, by, by == Grouping.TEAM ? TEAMS : List.of(), null);
            reports.put("utilisation by " + by.name().toLowerCase(Locale.ROOT), () -> utilisation.report(query, "no level").rows().size());
        }
        reports.put("hints job", () -> {
            List<String> failed = new ArrayList<>();
            int found = hints.runAsOf(HINTS_DAY, (item, cause) -> failed.add(item + ": " + cause.getMessage())).findings().size();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Hint rules failed: " + failed);
            }
            return found;
        });
        return reports;
    }

    private int statements(IntSupplier report) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        int jdbc = app.jdbcStatements.get();
        try {
            report.getAsInt();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get() + app.jdbcStatements.get() - jdbc;
    }

    /** The reports whose statement counts differ between the two ledgers, in words; empty when all are equal. */
    @SuppressWarnings("unchecked")
    static List<String> differingStatements(Map<String, Object> small, Map<String, Object> large) {
        Map<String, Map<String, Object>> before = (Map<String, Map<String, Object>>) small.get("reports");
        Map<String, Map<String, Object>> after = (Map<String, Map<String, Object>>) large.get("reports");
        List<String> differing = new ArrayList<>();
        before.forEach((name, figures) -> {
            Object then = figures.get("statements");
            Object now = after.containsKey(name) ? after.get(name).get("statements") : null;
            if (!then.equals(now)) {
                differing.add(name + ": " + then + " on " + small.get("ledger") + " entries, " + now + " on " + large.get("ledger"));
            }
        });
        return differing;
    }
}
