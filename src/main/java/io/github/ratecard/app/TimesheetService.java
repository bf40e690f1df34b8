package io.github.ratecard.app;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.approval.Actor;
import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.approval.ApprovalRefusal;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetRequest;
import io.github.ratecard.approval.TimesheetRules;
import io.github.ratecard.approval.TimesheetSettings;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.TimesheetStore;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.approval.Transition;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Submitting, approving, rejecting and reopening timesheets, each in one transaction with an audit
 * entry and a step in the timesheet's history; a refused action changes nothing. Unlike the other
 * services it asks {@link AccessPolicy} who acts: who may approve depends on the timesheet (its user
 * and the projects its time was logged in), which only the rules in {@link TimesheetRules} decide.
 */
public final class TimesheetService {

    static final String AUDIT_TYPE = "timesheet";
    static final String SETTINGS_AUDIT_TYPE = "timesheet-settings";

    private final TimesheetStore store;
    private final TimesheetWork work;
    private final TimesheetSettings settings;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final ReportingSettings reporting;
    private final ApprovalNotices notices;

    /** {@code notices}: who is told of each move, once it has committed. */
    public TimesheetService(TimesheetStore store, TimesheetWork work, TimesheetSettings settings, AccessPolicy access, AuditLog audit,
                            Transactions transactions, Clock clock, ReportingSettings reporting, ApprovalNotices notices) {
        this.notices = notices;
        this.store = store;
        this.work = work;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.reporting = reporting;
    }

    /** The user's timesheet for the period; OPEN when nobody has acted on it yet. */
    public Timesheet timesheet(String userKey, TimesheetPeriod period) {
        return store.find(userKey, period).orElse(Timesheet.open(userKey, period));
    }

    public List<TimesheetEvent> history(String userKey, TimesheetPeriod period) {
        return store.find(userKey, period).map(sheet -> store.history(sheet.id())).orElse(List.of());
    }

    /** The projects the timesheet covers: those its user logged time in on its days whose timesheets run at its cadence. */
    public Set<Long> projectsOf(String userKey, TimesheetPeriod period) {
        return work.projectsOf(userKey, period.range()).stream().filter(project -> settings.cadence(project) == period.cadence())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The signed-in user's worked seconds on each day of the period that has work, from the ledger. */
    public Map<LocalDate, Long> mySecondsPerDay(TimesheetPeriod period) {
        return work.secondsPerDay(signedIn().userKey(), period.range());
    }

    /** Who is signed in (refused when nobody is). */
    public String signedInUserKey() {
        return signedIn().userKey();
    }

    /** The signed-in user's worked seconds per issue (by id) and day of the period, from the ledger. */
    public Map<Long, Map<LocalDate, Long>> mySecondsPerIssueAndDay(TimesheetPeriod period) {
        return work.secondsPerIssueAndDay(signedIn().userKey(), period.range());
    }

    /**
     * The cadence of the signed-in user's timesheets around {@code day}: a month when every project they logged time in
     * during that month runs monthly, else a week (the default).
     */
    public Cadence myCadence(LocalDate day) {
        Set<Long> projects = work.projectsOf(signedIn().userKey(), TimesheetPeriod.containing(Cadence.MONTH, day).range());
        return !projects.isEmpty() && projects.stream().allMatch(p -> settings.cadence(p) == Cadence.MONTH) ? Cadence.MONTH : Cadence.WEEK;
    }

    public Cadence cadence(long projectId) {
        return settings.cadence(projectId);
    }

    public boolean autoSubmit(long projectId) {
        return settings.autoSubmit(projectId);
    }

    public boolean draftsApprovedOnly(long projectId) {
        return settings.draftsApprovedOnly(projectId);
    }

    public ApprovalFilter reportFilter(long projectId) {
        return settings.reportFilter(projectId);
    }

    /** Finance or the project's lead sets how the project's timesheets run, keeping its approval options; audited. */
    public void configure(long projectId, Cadence cadence, boolean autoSubmit) {
        configure(projectId, cadence, autoSubmit, settings.draftsApprovedOnly(projectId), settings.reportFilter(projectId));
    }

    /**
     * Finance or the project's lead sets how the project's timesheets run and how approval shapes its drafts and
     * billing report; audited.
     */
    public void configure(long projectId, Cadence cadence, boolean autoSubmit, boolean draftsApprovedOnly, ApprovalFilter reportFilter) {
        access.requireSignedIn();
        access.requireFinanceOrLead(projectId);
        transactions.inTransaction(() -> {
            Map<String, Object> before = settingsSnapshot(projectId);
            settings.setCadence(projectId, cadence);
            settings.setAutoSubmit(projectId, autoSubmit);
            settings.setDraftsApprovedOnly(projectId, draftsApprovedOnly);
            settings.setReportFilter(projectId, reportFilter);
            audit.record(SETTINGS_AUDIT_TYPE, Long.toString(projectId), "update", before, settingsSnapshot(projectId));
            return null;
        });
    }

    private Map<String, Object> settingsSnapshot(long projectId) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cadence", settings.cadence(projectId).name());
        values.put("autoSubmit", settings.autoSubmit(projectId));
        values.put("draftsApprovedOnly", settings.draftsApprovedOnly(projectId));
        values.put("reportFilter", settings.reportFilter(projectId).spelled());
        return values;
    }

    /** The signed-in user submits their own timesheet. */
    public Timesheet submit(TimesheetPeriod period) {
        Viewer viewer = signedIn();
        Timesheet sheet = existing(viewer.userKey(), period);
        if (sheet.id() == 0) {
            // decided on the unsaved timesheet first, so that a refused submit stores nothing
            if (TimesheetRules.decide(sheet, request(sheet, TimesheetAction.SUBMIT, Optional.of(viewer), null)) instanceof Transition.Refused refused) {
                throw ApprovalRefusals.exception(refused.refusal(), "state");
            }
            sheet = store.openOrFind(viewer.userKey(), period);
        }
        return act(sheet, TimesheetAction.SUBMIT, Optional.of(viewer), null);
    }

    public Timesheet approve(String userKey, TimesheetPeriod period) {
        return act(existing(userKey, period), TimesheetAction.APPROVE, Optional.of(signedIn()), null);
    }

    public Timesheet reject(String userKey, TimesheetPeriod period, String reason) {
        return act(existing(userKey, period), TimesheetAction.REJECT, Optional.of(signedIn()), reason);
    }

    public Timesheet reopen(String userKey, TimesheetPeriod period, String reason) {
        return act(existing(userKey, period), TimesheetAction.REOPEN, Optional.of(signedIn()), reason);
    }

    /**
     * Ratecard submits the timesheet at the period's end when all its projects ask for it; empty
     * when the rules refuse (not open, not ended, not asked for, no time): for a job, not an error.
     */
    public Optional<Timesheet> autoSubmit(String userKey, TimesheetPeriod period) {
        Timesheet sheet = existing(userKey, period);
        if (sheet.id() == 0) {
            // decided on the unsaved timesheet first, so that a timesheet the rules leave alone is not stored
            if (!(TimesheetRules.decide(sheet, request(sheet, TimesheetAction.AUTO_SUBMIT, Optional.empty(), null)) instanceof Transition.Moved)) {
                return Optional.empty();
            }
            sheet = store.openOrFind(userKey, period);
        }
        Timesheet found = sheet;
        Optional<Step> step = transactions.inTransaction(() -> {
            Timesheet current = store.byId(found.id()).orElseThrow();
            TimesheetRequest request = request(current, TimesheetAction.AUTO_SUBMIT, Optional.empty(), null);
            Transition transition = TimesheetRules.decide(current, request);
            return transition instanceof Transition.Moved moved ? Optional.of(apply(current, moved, null, request.projects()))
                    : Optional.<Step>empty();
        });
        step.ifPresent(this::tell);
        return step.map(Step::after);
    }

    private Timesheet act(Timesheet sheet, TimesheetAction action, Optional<Viewer> viewer, String reason) {
        Step step = transactions.inTransaction(() -> {
            Timesheet current = sheet.id() == 0 ? sheet : store.byId(sheet.id()).orElseThrow();
            TimesheetRequest request = request(current, action, viewer, reason);
            Transition transition = TimesheetRules.decide(current, request);
            if (transition instanceof Transition.Refused refused) {
                throw ApprovalRefusals.exception(refused.refusal(), "state");
            }
            return apply(current, (Transition.Moved) transition, viewer.map(Viewer::userKey).orElse(null), request.projects());
        });
        tell(step);
        return step.after();
    }

    /** A timesheet after a move, and the step in its history that moved it. */
    private record Step(Timesheet after, TimesheetEvent event) {
    }

    private void tell(Step step) {
        notices.moved(step.after(), step.event());
    }

    /**
     * Moves the timesheet; {@code decidedOn} are the projects the rules decided on. The move waits for any ledger
     * write that holds the timesheet, so an approval reads the projects again afterwards and is refused (rolling the
     * transaction back) when that write brought a project the approver's rights were not checked in.
     */
    private Step apply(Timesheet current, Transition.Moved moved, String byUserKey, Set<Long> decidedOn) {
        TimesheetEvent event = new TimesheetEvent(moved.action(), moved.from(), moved.to(), byUserKey, clock.instant(), moved.reason());
        if (!store.move(current.id(), event)) {
            throw ApprovalRefusals.exception(ApprovalRefusal.CHANGED_MEANWHILE, "state");
        }
        if (moved.to() == TimesheetState.APPROVED) {
            Set<Long> covered = projectsOf(current.userKey(), current.period());
            if (!covered.equals(decidedOn)) {
                throw ApprovalRefusals.exception(ApprovalRefusal.CHANGED_MEANWHILE, "state");
            }
            store.cover(current.id(), covered);
        }
        Timesheet after = current.in(moved.to());
        audit.record(AUDIT_TYPE, Long.toString(current.id()), moved.action().name().toLowerCase(java.util.Locale.ROOT), snapshot(current, null),
                snapshot(after, moved.reason()));
        return new Step(after, event);
    }

    private TimesheetRequest request(Timesheet sheet, TimesheetAction action, Optional<Viewer> viewer, String reason) {
        Set<Long> projects = projectsOf(sheet.userKey(), sheet.period());
        boolean autoSubmit = !projects.isEmpty() && projects.stream().allMatch(settings::autoSubmit);
        LocalDate today = LocalDate.now(clock.withZone(reporting.reportingZone()));
        return new TimesheetRequest(action, viewer.map(v -> actor(v, projects)), reason, today, projects, autoSubmit);
    }

    private Actor actor(Viewer viewer, Set<Long> projects) {
        Set<Long> leads = projects.stream().filter(access::currentUserLeads).collect(Collectors.toSet());
        Set<Long> manages = projects.stream().filter(p -> access.currentUserHas(ProjectAccess.MANAGE_BUDGETS, p)).collect(Collectors.toSet());
        return new Actor(viewer.userKey(), access.currentUserIsFinance(), leads, manages);
    }

    private Timesheet existing(String userKey, TimesheetPeriod period) {
        return store.find(userKey, period).orElse(Timesheet.open(userKey, period));
    }

    private Viewer signedIn() {
        access.requireSignedIn();
        return access.currentViewer().orElseThrow();
    }

    private static Map<String, Object> snapshot(Timesheet sheet, String reason) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("user", sheet.userKey());
        values.put("period", sheet.period().label());
        values.put("state", sheet.state().name());
        if (reason != null) {
            values.put("reason", reason);
        }
        return values;
    }
}
