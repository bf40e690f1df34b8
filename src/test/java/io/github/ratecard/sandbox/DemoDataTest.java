package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.sandbox.model.SbUser;
import io.github.ratecard.sandbox.model.SbWorklog;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DemoDataTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void demoHints_shouldFireFiveDifferentRules() throws Exception {
        Sandbox sandbox = Sandbox.start(new SandboxConfig(0, folder.newFolder("sandbox").toPath(), false, 3_000, 42));
        try {
            sandbox.priceAndSeedDemo();

            java.util.Set<String> rules = sandbox.app().bean(io.github.ratecard.store.AoHintStore.class).all().stream()
                    .filter(hint -> hint.state() == io.github.ratecard.insight.hints.HintState.OPEN).map(hint -> hint.finding().ruleId())
                    .collect(Collectors.toSet());

            assertEquals(java.util.Set.of("uninvoiced", "missing-rates", "budget-overrun", "stale-bill-rates", "below-cost"), rules);
        } finally {
            sandbox.stop();
        }
    }

    @Test
    public void weeklyHintsEmail_shouldReachFinanceInTheOutbox() throws Exception {
        Sandbox sandbox = Sandbox.start(new SandboxConfig(0, folder.newFolder("sandbox").toPath(), false, 3_000, 42));
        try {
            sandbox.priceAndSeedDemo();

            sandbox.app().bean(io.github.ratecard.insight.hints.HintDigest.class).sendDue((item, e) -> { throw e; });

            assertTrue(sandbox.app().outbox.mails().stream().anyMatch(mail -> mail.getRecipient().contains("<finance>")
                    && mail.getSubject().matches("Ratecard: \\d+ open hints this week") && mail.getBody().contains("Not invoiced")));
        } finally {
            sandbox.stop();
        }
    }

    @Test
    public void story_shouldHaveFortyAgentsInThreeLevelsPlusLeadFinanceAdminAndAGuest() {
        try (TestDatabase database = generated(42, 1_000)) {
            SandboxStore store = new SandboxStore(database);
            Map<String, Long> agentsByLevel = store.users().stream().filter(u -> u.getDemoRole().equals("agent"))
                    .collect(Collectors.groupingBy(SbUser::getDemoLevel, TreeMap::new, Collectors.counting()));

            assertEquals(Map.of("Agent L1", 24L, "Agent L2", 12L, "Team lead", 4L), agentsByLevel);
            assertEquals(44, store.users().size());
        }
    }

    @Test
    public void story_shouldHaveFiveProjectsServingThreeClientsAndAnInternalOne() {
        try (TestDatabase database = generated(42, 1_000)) {
            var projects = new SandboxStore(database).projectSummaries();

            assertEquals(5, projects.size());
            assertEquals(4, projects.stream().map(SandboxStore.ProjectSummary::client).distinct().count());
            assertTrue(projects.stream().allMatch(p -> p.issues() == DemoData.ISSUES_PER_PROJECT));
        }
    }

    @Test
    public void worklogs_shouldNumberExactlyWhatWasAskedFor() {
        try (TestDatabase database = generated(42, 12_345)) {
            assertEquals(12_345, new SandboxStore(database).worklogCount());
        }
    }

    @Test
    public void worklogs_shouldFallOnWeekdaysOfTheSixDemoMonthsWithPositiveTime() throws Exception {
        try (TestDatabase database = generated(42, 5_000); Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + database.quoteColumn(SbWorklog.STARTED_MILLIS) + ", "
                     + database.quoteColumn(SbWorklog.TIME_SPENT) + " FROM " + database.qualifiedTable(SbWorklog.class))) {
            while (rows.next()) {
                LocalDate day = Instant.ofEpochMilli(rows.getLong(1)).atZone(DemoData.AGENTS_ZONE).toLocalDate();
                assertTrue(day.toString(), !day.isBefore(DemoData.FIRST_DAY) && !day.isAfter(DemoData.LAST_DAY));
                assertTrue(day.toString(), day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
                assertTrue(rows.getLong(2) > 0);
            }
        }
    }

    @Test
    public void sameSeed_shouldGiveTheSameStory() throws Exception {
        try (TestDatabase first = generated(7, 3_000); TestDatabase second = generated(7, 3_000)) {
            assertEquals(fingerprint(first), fingerprint(second));
        }
    }

    @Test
    public void otherSeed_shouldGiveAnotherStory() throws Exception {
        try (TestDatabase first = generated(7, 3_000); TestDatabase second = generated(8, 3_000)) {
            assertTrue(!fingerprint(first).equals(fingerprint(second)));
        }
    }

    @Test
    public void pricedStory_shouldShowEveryApprovalState() {
        try (TestDatabase database = generated(42, 800)) {
            database.migrate(io.github.ratecard.store.Entities.array());
            SandboxStore store = new SandboxStore(database);
            SandboxApp app = new SandboxApp(store, database.activeObjects(), java.time.Clock.systemUTC());
            SandboxSession.begin(store.user("finance").orElseThrow(), java.util.Locale.ENGLISH);
            try {
                new DemoRateCard(app, store).seed();
            } finally {
                SandboxSession.end();
            }
            DemoListenerPricing.priceAll(store, app.bean(io.github.ratecard.ledger.WorklogIntake.class));
            new DemoBudgets(app, store).seed();

            io.github.ratecard.store.AoTimesheetStore timesheets = app.bean(io.github.ratecard.store.AoTimesheetStore.class);
            java.util.List<String> agents = store.users().stream().map(SbUser::getUserKey).toList();
            var sheets = timesheets.beginningBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), agents);
            assertEquals(java.util.Set.of(io.github.ratecard.approval.TimesheetState.SUBMITTED, io.github.ratecard.approval.TimesheetState.APPROVED,
                    io.github.ratecard.approval.TimesheetState.REJECTED), sheets.stream().map(sheet -> sheet.state()).collect(Collectors.toSet()));
            var rejected = sheets.stream().filter(sheet -> sheet.state() == io.github.ratecard.approval.TimesheetState.REJECTED).findFirst().orElseThrow();
            assertEquals(DemoApprovals.REJECTION, timesheets.history(timesheets.find(rejected.userKey(), rejected.period()).orElseThrow().id())
                    .get(1).reason());
            long acme = store.project(DemoApprovals.CLOSED_PROJECT).orElseThrow().getID();
            assertTrue(app.bean(io.github.ratecard.store.AoPeriodCloseStore.class).isClosed(io.github.ratecard.approval.CloseScope.project(acme),
                    DemoApprovals.CLOSED_MONTH));
            assertEquals(1, app.bean(io.github.ratecard.store.AoPendingChangeStore.class).openOfProject(acme, 0, 10).total());
        }
    }

    @Test
    public void pricedStory_shouldShowALossMakingAccountACreditedWriteOffAndCostsWithoutRevenue() {
        try (TestDatabase database = generated(42, 800)) {
            database.migrate(io.github.ratecard.store.Entities.array());
            SandboxStore store = new SandboxStore(database);
            SandboxApp app = new SandboxApp(store, database.activeObjects(), java.time.Clock.systemUTC());
            SandboxSession.begin(store.user("finance").orElseThrow(), java.util.Locale.ENGLISH);
            try {
                new DemoRateCard(app, store).seed();
            } finally {
                SandboxSession.end();
            }
            DemoListenerPricing.priceAll(store, app.bean(io.github.ratecard.ledger.WorklogIntake.class));
            new DemoBudgets(app, store).seed();

            var report = app.bean(io.github.ratecard.insight.margin.MarginReader.class).report(new io.github.ratecard.insight.margin.MarginQuery(
                    DemoMargin.FROM, DemoMargin.TO, io.github.ratecard.insight.margin.MarginGrouping.ACCOUNT, null, null), project -> true, true);
            var acme = report.rows().stream().filter(row -> row.key().equals(DemoMargin.LOSS_ACCOUNT)).findFirst().orElseThrow();
            var internal = report.rows().stream().filter(row -> row.key().equals("INTERNAL")).findFirst().orElseThrow();
            assertTrue("Acme's margin is a loss: " + acme.grossMarginBaseMinor(), acme.grossMarginBaseMinor() < 0);
            assertTrue("Acme's June credit note is written off", acme.creditedMinor() > 0);
            assertTrue("Acme's worked time has a value at bill rates", acme.isValued() && acme.work().valueMinor() > 0);
            assertTrue("Acme's write-offs are not only its credit note (here rounding up billed more than the time worked): " + acme.writeOffsMinor(),
                    acme.writeOffsMinor() != null && acme.writeOffsMinor() != acme.creditedMinor());
            assertTrue("Acme's realisation rate: " + acme.realisationPercent(), acme.realisationPercent() != null);
            assertTrue(acme.invoicedMinor() > 0 && acme.uninvoicedMinor() > 0);
            assertEquals(0, internal.revenueMinor());
            assertTrue(internal.grossMarginBaseMinor() < 0);
            var retainer = report.rows().stream().filter(row -> row.key().equals(DemoContracts.RETAINER) && row.currency().getCurrencyCode().equals("USD"))
                    .findFirst().orElseThrow();
            assertTrue("Globex's retainer fees are in base currency at the exchange-rate table", retainer.revenueBaseMinor() != null
                    && retainer.revenueBaseMinor() > 0);
            assertTrue("every month of the report converts through the table: " + report.conversions(), !report.conversions().isEmpty()
                    && report.conversions().stream().allMatch(c -> c.rate() != null));
        }
    }

    @Test
    public void pricedStory_shouldShowPeopleUnderOnAndOverTheirBillableTargetsInOctober() {
        try (TestDatabase database = generated(42, 800)) {
            database.migrate(io.github.ratecard.store.Entities.array());
            SandboxStore store = new SandboxStore(database);
            SandboxApp app = new SandboxApp(store, database.activeObjects(), java.time.Clock.systemUTC());
            SandboxSession.begin(store.user("finance").orElseThrow(), java.util.Locale.ENGLISH);
            try {
                new DemoRateCard(app, store).seed();
            } finally {
                SandboxSession.end();
            }
            DemoListenerPricing.priceAll(store, app.bean(io.github.ratecard.ledger.WorklogIntake.class));
            new DemoBudgets(app, store).seed();

            SandboxSession.begin(store.user("finance").orElseThrow(), java.util.Locale.ENGLISH);
            java.util.List<io.github.ratecard.insight.utilisation.UtilisationRow> rows;
            try {
                rows = app.bean(io.github.ratecard.insight.utilisation.UtilisationReport.class).report(new io.github.ratecard.insight.utilisation
                        .UtilisationQuery(DemoUtilisation.MONTH, DemoUtilisation.MONTH, io.github.ratecard.insight.utilisation.Grouping.PERSON,
                        java.util.List.of(), null), "No level").rows();
            } finally {
                SandboxSession.end();
            }
            Map<String, io.github.ratecard.insight.utilisation.TargetState> states = new TreeMap<>();
            rows.stream().filter(row -> row.state() != null).forEach(row -> states.put(row.key(), row.state()));
            assertEquals(io.github.ratecard.insight.utilisation.TargetState.OVER, states.get(DemoUtilisation.OVER_AGENT));
            assertEquals(io.github.ratecard.insight.utilisation.TargetState.ON, states.get(DemoUtilisation.ON_TARGET_AGENT));
            assertEquals(io.github.ratecard.insight.utilisation.TargetState.UNDER, states.get(DemoUtilisation.UNDER_AGENT));
            assertEquals(new java.math.BigDecimal("85.0"), rows.stream().filter(row -> row.key().equals(DemoUtilisation.ON_TARGET_AGENT)).findFirst()
                    .orElseThrow().billableUtilisation());
        }
    }

    private static TestDatabase generated(long seed, int worklogs) {
        TestDatabase database = TestDatabase.fresh().migrate(SandboxStore.ENTITIES);
        new DemoData(database, seed, worklogs).generate();
        return database;
    }

    /** Every worklog's issue, author, start and duration, in id order. */
    private static String fingerprint(TestDatabase database) throws Exception {
        StringBuilder out = new StringBuilder();
        String columns = String.join(", ", database.quoteColumn(SbWorklog.ISSUE_ID), database.quoteColumn(SbWorklog.AUTHOR_KEY),
                database.quoteColumn(SbWorklog.STARTED_MILLIS), database.quoteColumn(SbWorklog.TIME_SPENT));
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM " + database.qualifiedTable(SbWorklog.class)
                     + " ORDER BY " + database.quoteColumn(SbWorklog.ID))) {
            while (rows.next()) {
                out.append(rows.getInt(1)).append(rows.getString(2)).append(rows.getLong(3)).append(rows.getLong(4)).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    public void demoContracts_shouldShowARetainerLedgerAFixedFeeScheduleAndACap() throws Exception {
        Sandbox sandbox = Sandbox.start(new SandboxConfig(0, folder.newFolder("sandbox").toPath(), false, 3_000, 42));
        try {
            sandbox.priceAndSeedDemo();
            io.github.ratecard.app.ContractService contracts = sandbox.app().bean(io.github.ratecard.app.ContractService.class);
            java.time.YearMonth october = java.time.YearMonth.of(2026, 10);

            var ledger = contracts.ledger(DemoContracts.RETAINER, october);
            assertEquals(6, ledger.size());
            assertEquals(20 * 3600L, ledger.get(1).adjustmentSeconds());
            assertTrue(ledger.stream().allMatch(row -> row.usedSeconds() > 0));
            var schedule = contracts.schedule(DemoContracts.FIXED_FEE);
            assertEquals(java.util.List.of("Discovery", "Platform launch", "Hypercare"),
                    schedule.stream().map(row -> row.instalment().label()).toList());
            assertEquals(java.util.Optional.of(DemoContracts.MILESTONE_RESOLVED), schedule.get(1).dueOn());
            var cap = contracts.capConsumption(DemoContracts.CAPPED, october);
            assertEquals(6, cap.size());
            assertTrue(cap.stream().allMatch(row -> row.workValue().equals(row.billed().plus(row.writtenOff())) && !row.workValue().isZero()));
        } finally {
            sandbox.stop();
        }
    }
}
