package io.github.ratecard.sandbox;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.github.ratecard.app.ApprovalNotices;
import io.github.ratecard.app.TimesheetAutoSubmit;
import io.github.ratecard.insight.hints.HintDigest;
import io.github.ratecard.insight.hints.HintJob;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.jobs.JobTriggerRelay;
import io.github.ratecard.jobs.JobWorker;
import io.github.ratecard.jobs.StepHealth;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.testing.ao.EntityManagerActiveObjects;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.velocity.BundleI18n;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import io.github.ratecard.testing.wiring.App;
import io.github.ratecard.testing.wiring.AppWiring;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The app as the Spring context builds it in Jira, from the same context file, with the sandbox
 * playing Jira: its services where the context imports them, and its stand-ins in place of the
 * app's adapters onto Jira (listed in {@link #wiring}). A bean added for Jira is in the sandbox too.
 */
final class SandboxApp {

    final SandboxSession session;
    final SandboxOutbox outbox;
    final SandboxWebSudo webSudo;
    final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
    final BundleI18n i18n = new BundleI18n(SandboxSession::locale);
    final Clock clock;
    /** Jira groups a test adds to the demo's, by name. */
    final Map<String, Set<String>> addedGroups = new ConcurrentHashMap<>();
    private final SandboxScheduler scheduler;
    private final App beans;

    SandboxApp(SandboxStore store, EntityManagerActiveObjects ao, Clock clock) {
        this(store, ao, clock, SandboxClusterLock.inProcess(), SandboxConfig.JOB_BATCH, 0, true);
    }

    /**
     * With the cluster lock the background job takes before each run, the back-fill's batch size,
     * a pause before each back-fill batch (to play a slow database), and whether administrators
     * confirm their password for a secure session.
     */
    SandboxApp(SandboxStore store, EntityManagerActiveObjects ao, Clock clock, SandboxClusterLock lock, int jobBatch, long jobPauseMillis,
               boolean secureSessions) {
        this.clock = clock;
        this.scheduler = new SandboxScheduler(lock);
        this.session = new SandboxSession(projectId -> store.projectById(projectId).map(p -> p.getLeadKey()).orElse(null));
        this.outbox = new SandboxOutbox(store, new BundleI18n(() -> Locale.ENGLISH), "", clock);
        this.webSudo = new SandboxWebSudo(session, Clock.systemUTC(), secureSessions);
        this.beans = wiring(store, ao, jobBatch, jobPauseMillis).start();
    }

    private AppWiring wiring(SandboxStore store, EntityManagerActiveObjects ao, int jobBatch, long jobPauseMillis) {
        return AppWiring.fromPluginContext()
                .hostService("activeObjects", ao)
                .hostService("transactionalExecutorFactory", new TestTransactionalExecutors(store.database()))
                .hostService("webSudoManager", webSudo)
                .hostService("loginUriProvider", loginPage())
                .hostService("i18nResolver", i18n)
                .hostService("templateRenderer", renderer)
                .hostService("pageBuilderService", new SandboxPageBuilder())
                .hostService("eventPublisher", noEvents())
                .standIn("clock", clock)
                .standIn("accessPolicy", session)
                .standIn("viewerLocale", (Supplier<Locale>) SandboxSession::locale)
                .standIn("defaultZone", (Supplier<ZoneId>) () -> DemoData.AGENTS_ZONE)
                .standIn("projectDirectory", SandboxDirectories.projects(store))
                .standIn("issueDirectory", SandboxDirectories.issues(store))
                .standIn("userDirectory", SandboxDirectories.users(store))
                .standIn("teamDirectory", DemoTeams.directory(store, addedGroups))
                .standIn("issueSearch", new SandboxIssueSearch(store))
                .standIn("scopeWork", new SandboxScopeWork(store))
                .standIn("alertMailer", outbox)
                .standIn("noticeMailer", outbox)
                .standIn("contractAlertMailer", outbox)
                .standIn("digestRecipients", (io.github.ratecard.insight.hints.DigestRecipients) userKey -> store.user(userKey)
                        .map(user -> "finance".equals(user.getDemoRole()) ? io.github.ratecard.insight.hints.DigestRecipients.Standing.FINANCE
                                : io.github.ratecard.insight.hints.DigestRecipients.Standing.MEMBER)
                        .orElse(io.github.ratecard.insight.hints.DigestRecipients.Standing.GONE))
                .standIn("worklogSource", worklogs(store, jobPauseMillis))
                .standIn("milestones", DemoContracts.MILESTONES)
                .standIn("ledgerJobScheduler", scheduler)
                .without("timesheetJobScheduler")
                .without("hintJobScheduler")
                .without("webhookJobScheduler")
                .without("contractAlertScheduler")
                .without("marginSnapshotScheduler")
                .without("jiraTables")
                .argument("jobWorker", 9, jobBatch);
    }

    /** The app's bean of this type. */
    <T> T bean(Class<T> type) {
        return beans.bean(type);
    }

    Object bean(String id) {
        return beans.bean(id, Object.class);
    }

    List<String> beanIds() {
        return beans.beanIds();
    }

    /** Builds a REST resource or servlet as Jira's plugin system does, from the app's beans. */
    <T> T build(Class<T> type) {
        return beans.build(type);
    }

    /** Whether this process is running the background job now, i.e. holds the cluster lock. */
    boolean runsTheBackgroundJob() {
        return scheduler.isRunning();
    }

    /**
     * Runs the background job from now on, as Jira's scheduler does, with {@code beforeWatch} as a
     * step before the budget check. The sandbox starts its first back-fill itself, when its demo needs one.
     */
    void startJobs(Runnable beforeWatch) {
        List<BackgroundStep> steps = new ArrayList<>(bean(JobWorker.class).steps());
        steps.add(BackgroundStep.of("demo budgets", (stop, failures) -> beforeWatch.run()));
        steps.add(BackgroundRun.budgetAlerts(bean(BudgetWatch.class)));
        steps.addAll(TimesheetAutoSubmit.steps(bean(TimesheetAutoSubmit.class), bean(ApprovalNotices.class)));
        steps.addAll(HintJob.steps(bean(HintJob.class), bean(HintDigest.class)));
        steps.addAll(io.github.ratecard.jira.ContractAlertScheduler.steps(bean(io.github.ratecard.contract.ContractWatch.class)));
        steps.addAll(io.github.ratecard.jira.WebhookJobScheduler.steps(bean(io.github.ratecard.webhook.DeliverySender.class)));
        steps.addAll(io.github.ratecard.jira.MarginSnapshotScheduler.steps(bean(io.github.ratecard.insight.margin.MarginSnapshots.class)));
        scheduler.start(new BackgroundRun(steps, bean(StepHealth.class), clock));
        bean(JobTriggerRelay.class).connect(scheduler);
    }

    /** Runs the background jobs (re-pricing, back-fill, retries) on the caller's thread until nothing is pending. */
    void runJobsNow() {
        new BackgroundRun(bean(JobWorker.class).steps(), bean(StepHealth.class), clock).run(() -> false);
    }

    /** Stops the background job and the app's beans, as Jira does when the app stops. */
    void stop() {
        bean(JobTriggerRelay.class).disconnect();
        scheduler.stop();
        beans.close();
    }

    /** The REST module's resources and providers, built as Atlassian REST builds them in Jira. */
    List<Object> restComponents() {
        return RestModule.classes().stream().<Object>map(this::build).toList();
    }

    private static WorklogSource worklogs(SandboxStore store, long pauseMillis) {
        return new WorklogSource() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                pause(pauseMillis);
                return store.worklogRecordsAfter(worklogId, limit);
            }

            @Override
            public long count() {
                return store.worklogCount();
            }
        };
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static LoginUriProvider loginPage() {
        return returnUri -> URI.create("/?login=required&returnTo=" + URLEncoder.encode(
                returnUri.getRawPath() + (returnUri.getRawQuery() == null ? "" : "?" + returnUri.getRawQuery()), StandardCharsets.UTF_8));
    }

    /** Jira's event bus, for the app's listeners to register with; the sandbox's worklogs reach the intake directly. */
    private static EventPublisher noEvents() {
        return new EventPublisher() {
            @Override
            public void register(Object listener) {
            }

            @Override
            public void unregister(Object listener) {
            }
        };
    }
}
