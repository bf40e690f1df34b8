package io.github.ratecard.sandbox;

import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.jira.Upgrade003LedgerValues;
import io.github.ratecard.jira.Upgrade004LedgerValueFill;
import io.github.ratecard.jira.Upgrade009PersonRollups;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.store.AoAccountStore;
import io.github.ratecard.store.AoInvoiceStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.store.RollupEntity;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import io.github.ratecard.web.BillingReportPage;
import io.github.ratecard.web.CostPanel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.stream.Stream;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import net.java.ao.Query;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The development host: the app's REST resources, pages and templates behind the same URLs as
 * in Jira, on an H2 database under target/ (or a shared PostgreSQL schema, see {@link SandboxDatabase}),
 * with the demo story. Start it with the README's
 * run command; it prints its address when ready and stops cleanly on Ctrl-C.
 */
public final class Sandbox {

    private final Server server;
    private final TestDatabase database;
    private final WorklogIntake intake;
    private final SandboxApp app;
    private final PluginManagerStandIn pluginManager;

    private Sandbox(Server server, TestDatabase database, SandboxApp app, PluginManagerStandIn pluginManager) {
        this.server = server;
        this.database = database;
        this.intake = app.bean(WorklogIntake.class);
        this.app = app;
        this.pluginManager = pluginManager;
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        SandboxConfig config = SandboxConfig.fromSystemProperties();
        Sandbox sandbox = start(config);
        if (SandboxConfig.webhookLoopback()) {
            sandbox.seedDemoWebhooks();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop, "ratecard-sandbox-stop"));
        System.out.printf("%nRatecard sandbox ready at %s: %s on %s, started in %.1f s. Press Ctrl-C to stop.%n%n",
                sandbox.url(), SandboxPlatform.describe(), config.database().describe(), (System.nanoTime() - begin) / 1e9);
        sandbox.server.join();
    }

    /** A data folder an earlier version priced: ledger entries, and rollups that count no value and no entry without one. */
    private static boolean isBeforeModel3(TestDatabase database) {
        var ao = database.activeObjects();
        return ao.count(LedgerEntity.class, Query.select()) > 0
                && ao.count(RollupEntity.class, Query.select().where(
                        RollupEntity.VALUE_MINOR + " <> 0 OR " + RollupEntity.UNVALUED + " <> 0")) == 0;
    }

    /** A data folder whose rollups an earlier version wrote: project rollups, but no person rollup (model version 9). */
    private static boolean isBeforeModel9(TestDatabase database) {
        var ao = database.activeObjects();
        return ao.count(RollupEntity.class, Query.select().where(RollupEntity.KIND + " = ?", "PROJECT")) > 0
                && ao.count(RollupEntity.class, Query.select().where(RollupEntity.KIND + " = ?", "PERSON")) == 0;
    }

    public static Sandbox start(SandboxConfig config) throws Exception {
        if (config.reset()) {
            deleteRecursively(config.dataDirectory());
        }
        Files.createDirectories(config.dataDirectory());
        TestDatabase database = config.database().open(config.dataDirectory(), config.reset())
                .migrate(SandboxStore.ENTITIES).migrate(Entities.array());
        SandboxStore store = new SandboxStore(database);
        if (isBeforeModel3(database)) {
            new Upgrade003LedgerValues().upgrade(null, database.activeObjects());
            new Upgrade004LedgerValueFill(new TestTransactionalExecutors(database)).upgrade(null, database.activeObjects());
        }
        if (isBeforeModel9(database)) {
            new Upgrade009PersonRollups().upgrade(null, database.activeObjects());
        }
        if (store.isEmpty()) {
            System.out.printf("Generating the demo data (%,d worklogs, seed %d)…%n", config.demoWorklogs(), config.seed());
            new DemoData(database, config.seed(), config.demoWorklogs()).generate();
        }
        SandboxClusterLock lock = config.jobJournal() == null ? config.database().clusterLock()
                : SandboxClusterLock.journaled(config.database().clusterLock(), config.jobJournal());
        SandboxApp app = new SandboxApp(store, database.activeObjects(), Clock.systemUTC(), lock, config.jobBatch(), config.jobPauseMillis(),
                config.webSudo());
        DemoRateCard rateCard = new DemoRateCard(app, store);
        if (!rateCard.isSeeded()) {
            SandboxSession.begin(store.user("finance").orElse(null), java.util.Locale.ENGLISH);
            try {
                rateCard.seed();
            } finally {
                SandboxSession.end();
            }
        }
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);
        long worklogs = store.worklogCount();
        boolean pricingNeeded = config.priceDemo() && app.bean(AoLedgerQueries.class).countLive() < worklogs;
        DemoBackfill pricing = pricingNeeded ? new DemoBackfill(app.bean(JobService.class), worklogs) : null;
        PluginManagerStandIn pluginManager = new PluginManagerStandIn(app.session);
        server.setHandler(wire(store, app, pricing, pluginManager, config.node()));
        server.setStopAtShutdown(false);
        server.start();
        if (config.priceDemo()) {
            DemoBudgets budgets = new DemoBudgets(app, store);
            app.startJobs(() -> {
                boolean seeded = budgets.isSeeded();
                budgets.seedWhenPriced();
                if (!seeded && budgets.isSeeded()) {
                    DemoHints.evaluate(app);
                }
            });
        }
        if (pricing != null) {
            pricing.start();
        }
        return new Sandbox(server, database, app, pluginManager);
    }

    /** What Jira's plugin system does: serve the app's servlets and REST module, built from the app's beans. */
    private static ServletContextHandler wire(SandboxStore store, SandboxApp app, DemoBackfill pricing, PluginManagerStandIn pluginManager,
                                              String node) {
        SandboxSession session = app.session;
        SandboxWebSudo webSudo = app.webSudo;
        WorklogIntake intake = app.bean(WorklogIntake.class);
        VelocityTemplateRenderer renderer = app.renderer;
        BundleI18n i18n = app.i18n;
        AuiAssets aui = AuiAssets.fromSystemProperties();
        aui.missingNotice().ifPresent(System.out::println);
        PageShell shell = new PageShell(renderer, store, session, aui, i18n);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new SandboxRequestFilter(store)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new XsrfFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new DecoratorFilter(shell)), "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        DescriptorServlets.read().forEach((className, path) -> context.addServlet(new ServletHolder(app.build(servletClass(className))), path));
        ResourceConfig pluginRest = new ResourceConfig().register(JacksonFeature.withoutExceptionMappers())
                .register(new RestAccessFilter(session));
        app.restComponents().forEach(pluginRest::register);
        context.addServlet(new ServletHolder(new ServletContainer(pluginRest)), "/rest/ratecard/1.0/*");
        context.addServlet(new ServletHolder(new ServletContainer(new ResourceConfig()
                .register(JacksonFeature.class)
                .register(new DevResource(store, intake, session, Clock.systemUTC(), app.bean(IssueBillingService.class),
                        app.bean(AoAccountStore.class)))
                .register(new NodeResource(node, app::runsTheBackgroundJob)))), "/sandbox/api/*");
        context.addServlet(new ServletHolder(pluginManager), "/rest/plugins/1.0/*");
        context.addServlet(new ServletHolder(new WebResourceServlet("static")), "/download/resources/*");
        context.addServlet(new ServletHolder(new WebResourceServlet("sandbox/static")), "/sandbox/static/*");
        context.addServlet(new ServletHolder(new AuiServlet(aui.auiDist())), AuiAssets.AUI_URL + "*");
        context.addServlet(new ServletHolder(new AuiServlet(aui.jqueryDist())), AuiAssets.JQUERY_URL + "*");
        context.addServlet(new ServletHolder(new LoginServlet(store)), "/sandbox/login");
        context.addServlet(new ServletHolder(new WebSudoServlet(webSudo, session, renderer, shell)), SandboxWebSudo.PROMPT);
        context.addServlet(new ServletHolder(new OutboxServlet(app.outbox, shell)), "/sandbox/outbox");
        context.addServlet(new ServletHolder(new WebhookReceiverServlet(shell)), DemoWebhooks.PATH);
        context.addServlet(new ServletHolder(new DashboardServlet(shell, session)), DashboardServlet.PAGE + "/*");
        ServletHolder reportPage = new ServletHolder(new ReportPageServlet(store, shell, app.bean(BillingReportPage.class)));
        context.getServletHandler().addServletWithMapping(reportPage, "/sandbox/reports/billing");
        context.getServletHandler().addServletWithMapping(reportPage, "/secure/ConfigureReport.jspa");
        context.addServlet(new ServletHolder(new IssuePageServlet(renderer, store, shell, session, i18n, app.bean(CostPanel.class),
                app.bean(IssueBillingService.class))), "/browse/*");
        ServletHolder home = new ServletHolder(new HomeServlet(renderer, store, shell, pricing));
        context.getServletHandler().addServletWithMapping(home, "/");
        context.getServletHandler().addServletWithMapping(home, HomeServlet.PRICING);
        return context;
    }

    private static Class<? extends HttpServlet> servletClass(String className) {
        try {
            return Class.forName(className).asSubclass(HttpServlet.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names servlet " + className + ", which the app does not have", e);
        }
    }

    /**
     * For tests that need the whole demo story: prices every demo worklog now, through the same
     * intake as Jira's events, then seeds the demo budgets (once) and raises their alerts.
     */
    public void priceAndSeedDemo() {
        SandboxStore store = new SandboxStore(database);
        DemoListenerPricing.priceAll(store, app.bean(WorklogIntake.class));
        DemoBudgets budgets = new DemoBudgets(app, store);
        if (!budgets.isSeeded()) {
            budgets.seed();
            DemoHints.evaluate(app);
        }
    }

    /**
     * As the sandbox's administrator, allows webhooks to reach http and internal addresses, and registers the demo endpoint that
     * sends every event to the sandbox's own receiver on 127.0.0.1 (see {@link DemoWebhooks}). The run command does this unless
     * {@code ratecard.sandbox.webhooks.loopback} is false; tests ask for it, and otherwise keep the product's guard.
     */
    public void seedDemoWebhooks() {
        SandboxSession.begin(new SandboxStore(database).user("finance").orElse(null), java.util.Locale.ENGLISH);
        try {
            DemoWebhooks.seed(app, url().getPort());
        } finally {
            SandboxSession.end();
        }
    }

    /** Stores an open hint about ACME's work (as a run would), for tests that dismiss one; returns its id. */
    public long addHint(String subject) {
        io.github.ratecard.store.AoHintStore hints = app.bean(io.github.ratecard.store.AoHintStore.class);
        hints.save(new io.github.ratecard.insight.hints.Hint(0, new io.github.ratecard.insight.hints.Finding("uninvoiced", subject, "ACME",
                java.util.Set.of(projectId("ACME")), java.util.List.of(), null, 1, java.util.List.of()),
                io.github.ratecard.insight.hints.HintState.OPEN, java.time.Instant.now(), java.time.Instant.now(), java.util.Optional.empty()));
        return hints.all().stream().filter(hint -> hint.finding().subject().equals(subject)).findFirst().orElseThrow().id();
    }

    /** Adds a Jira group of that many members (user keys {@code member1} …, not users of the sandbox), for tests of the team-size limit. */
    public void addGroup(String name, int members) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (int i = 1; i <= members; i++) {
            keys.add("member" + i);
        }
        app.addedGroups.put(name, keys);
    }

    /** The app's beans, for tests in this package. */
    SandboxApp app() {
        return app;
    }

    public URI url() {
        return URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    /**
     * Stores expenses of 1.00 EUR straight into the project until it holds {@code total}, for tests of
     * the per-project limit (thousands of REST calls would take too long).
     */
    public void fillExpenses(String projectKey, int total) {
        io.github.ratecard.store.AoExpenseStore expenses = new io.github.ratecard.store.AoExpenseStore(database.activeObjects());
        io.github.ratecard.domain.DateRange always = new io.github.ratecard.domain.DateRange(io.github.ratecard.domain.BusinessDates.FIRST,
                io.github.ratecard.domain.BusinessDates.LAST);
        app.bean(AoTransactions.class).inTransaction(() -> {
            for (int held = expenses.ofProject(projectKey, always).size(); held < total; held++) {
                expenses.insert(new io.github.ratecard.budget.Expense(0, java.time.LocalDate.parse("2026-03-02"),
                        new io.github.ratecard.budget.BudgetScope(io.github.ratecard.budget.BudgetScope.Kind.PROJECT, projectKey),
                        io.github.ratecard.budget.ExpenseCategory.TRAVEL, io.github.ratecard.money.Money.parse("1.00", "EUR"), false, null, ""));
            }
            return null;
        });
    }

    /** Gives the draft lines of its own (1.00 each) straight in the store until it has {@code total}, for tests of the per-draft limit. */
    public void fillManualLines(long draftId, int total) {
        io.github.ratecard.invoice.Invoice draft = app.bean(AoInvoiceStore.class).invoice(draftId).orElseThrow();
        java.util.List<io.github.ratecard.invoice.InvoiceLine> lines = new java.util.ArrayList<>(draft.lines());
        long held = lines.stream().filter(line -> line.kind() == io.github.ratecard.invoice.LineKind.MANUAL).count();
        for (long i = held; i < total; i++) {
            io.github.ratecard.money.Money one = io.github.ratecard.money.Money.parse("1.00", draft.currency().getCurrencyCode());
            lines.add(new io.github.ratecard.invoice.InvoiceLine(0, io.github.ratecard.invoice.LineKind.MANUAL, "MANUAL:filled:" + i, "Line " + i,
                    java.math.BigDecimal.ONE, one.toDecimal(), one, 0, 0));
        }
        app.bean(AoTransactions.class).inTransaction(() -> {
            app.bean(AoInvoiceStore.class).update(draft.withLines(lines));
            return null;
        });
    }

    public WorklogIntake intake() {
        return intake;
    }

    /** The app's ledger, for tests that check what a worklog change priced. */
    public io.github.ratecard.ledger.LedgerStore ledger() {
        return app.bean(AoLedgerStore.class);
    }

    /** Runs the background jobs (re-pricing, back-fill, retries) now, on the caller's thread, until nothing is pending. */
    public void runJobs() {
        app.runJobsNow();
    }

    /** The numeric id of a demo project, as Jira's report pages name projects. */
    public long projectId(String projectKey) {
        return new SandboxStore(database).project(projectKey).orElseThrow().getID();
    }

    /** The stand-in for Jira's plugin manager, for tests that make it report a module disabled. */
    public PluginManagerStandIn pluginManager() {
        return pluginManager;
    }

    /** The key of a demo issue by its id, as the ledger names issues. */
    public String issueKey(long issueId) {
        return new SandboxStore(database).issueById(issueId).orElseThrow().getIssueKey();
    }

    /** How many changes the audit log holds, for tests that check a change left no trace. */
    public int auditRows() {
        return database.activeObjects().count(io.github.ratecard.store.AuditEntity.class, Query.select());
    }

    /** The newest audit entries of one kind of record, for tests that check a change was written down. */
    public java.util.List<io.github.ratecard.audit.AuditEntry> audit(String entityType) {
        return app.bean(io.github.ratecard.audit.AuditLog.class).recent(entityType, 20);
    }

    /** The app's job service, for tests that start or steer jobs. */
    public io.github.ratecard.jobs.JobService jobs() {
        return app.bean(JobService.class);
    }

    public void stop() {
        app.stop();
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("Sandbox server did not stop cleanly: " + e);
        } finally {
            database.close();
            System.out.println("Ratecard sandbox stopped.");
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
