package io.github.ratecard.app;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.approval.Actor;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.PeriodWork;
import io.github.ratecard.approval.TeamTimesheet;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetRules;
import io.github.ratecard.approval.TimesheetSettings;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.approval.TimesheetStore;
import io.github.ratecard.approval.TimesheetWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an approver decides on: the timesheets of a period the signed-in user approves ({@link TimesheetRules#approves}:
 * never their own; they lead, or hold Manage budgets in, every project of the time), the stored ones and, as OPEN, those of
 * users who logged time and never acted, each with its figures. A bounded number of reads whatever the team's size: the
 * period's timesheets, its ledger and its open pending changes once each, and each project's cadence and rights once.
 */
public final class TeamTimesheets {

    private final TimesheetStore store;
    private final TimesheetWork work;
    private final TimesheetSettings settings;
    private final PendingChangeStore pendingChanges;
    private final AccessPolicy access;

    public TeamTimesheets(TimesheetStore store, TimesheetWork work, TimesheetSettings settings, PendingChangeStore pendingChanges, AccessPolicy access) {
        this.store = store;
        this.work = work;
        this.settings = settings;
        this.pendingChanges = pendingChanges;
        this.access = access;
    }

    public List<TeamTimesheet> of(TimesheetPeriod period) {
        access.requireSignedIn();
        Viewer viewer = access.currentViewer().orElseThrow();
        Map<String, TimesheetStore.Dated> stored = new TreeMap<>();
        store.datedOfPeriod(period).forEach(dated -> stored.put(dated.sheet().userKey(), dated));
        Map<String, PeriodWork> logged = work.everyonesWork(period.range());
        Map<String, Integer> pending = new HashMap<>();
        pendingChanges.openOnDays(period.first(), period.last()).forEach(change -> pending.merge(change.change().userKey(), 1, Integer::sum));
        Rights rights = new Rights(viewer, period.cadence());
        Set<String> users = new TreeSet<>(stored.keySet());
        users.addAll(logged.keySet());
        users.remove(viewer.userKey());
        List<TeamTimesheet> team = new ArrayList<>();
        for (String user : users) {
            PeriodWork work = logged.getOrDefault(user, new PeriodWork(user, Map.of()));
            Set<Long> projects = work.projects().stream().filter(rights::ofCadence).collect(Collectors.toCollection(TreeSet::new));
            TimesheetStore.Dated dated = stored.get(user);
            Timesheet sheet = dated == null ? Timesheet.open(user, period) : dated.sheet();
            if ((dated != null || !projects.isEmpty()) && TimesheetRules.approves(rights.actor(projects), sheet, projects)) {
                int open = pending.getOrDefault(user, 0);
                team.add(new TeamTimesheet(sheet, projects, work.of(projects), open > 0 || changedSince(dated, work, projects), open));
            }
        }
        return team;
    }

    /** Whether Jira changed the work of a submitted or approved timesheet after it was submitted or approved. */
    private static boolean changedSince(TimesheetStore.Dated dated, PeriodWork work, Set<Long> projects) {
        if (dated == null || (dated.sheet().state() != TimesheetState.SUBMITTED && dated.sheet().state() != TimesheetState.APPROVED)) {
            return false;
        }
        return work.lastChange(projects).filter(at -> at.isAfter(dated.movedAt())).isPresent();
    }

    /** The viewer's rights and the projects' cadences, each project asked once. */
    private final class Rights {
        private final Viewer viewer;
        private final Cadence cadence;
        private final Map<Long, Cadence> cadences = new HashMap<>();
        private final Map<Long, Boolean> leads = new HashMap<>();
        private final Map<Long, Boolean> manages = new HashMap<>();

        Rights(Viewer viewer, Cadence cadence) {
            this.viewer = viewer;
            this.cadence = cadence;
        }

        boolean ofCadence(long project) {
            return cadences.computeIfAbsent(project, settings::cadence) == cadence;
        }

        Actor actor(Set<Long> projects) {
            Set<Long> led = projects.stream().filter(p -> leads.computeIfAbsent(p, access::currentUserLeads)).collect(Collectors.toSet());
            Set<Long> managed = projects.stream().filter(p -> manages.computeIfAbsent(p, q -> access.currentUserHas(ProjectAccess.MANAGE_BUDGETS, q)))
                    .collect(Collectors.toSet());
            return new Actor(viewer.userKey(), access.currentUserIsFinance(), led, managed);
        }
    }
}
