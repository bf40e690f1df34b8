package io.github.ratecard.insight.utilisation;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The utilisation report: who is in it, what each of them may be shown, and their rows.
 * <p>
 * People in it: everyone who logged time in the period, held a staff level in it or belongs to a
 * named team, narrowed to the teams' members when teams are named and to the project's people (who
 * logged time in it in the period) when a project is named. Finance sees all of them; a project's
 * lead sees the people of the projects they lead; everyone sees their own row. A person's figures
 * are always all their logged time against all their capacity: utilisation belongs to the person,
 * not to a project. People no longer active in Jira (deactivated or deleted) have capacity only in
 * the months they logged time, and are left out when they logged none in the period: a leaver's
 * empty months are not spare capacity. Reads a bounded number of queries whatever the ledger's size.
 */
public final class UtilisationReport {

    /** The report's rows for the query, with what it was asked. */
    public record Result(UtilisationQuery query, List<UtilisationRow> rows) {
    }

    private final LoggedTime logged;
    private final StaffLevels levels;
    private final TargetStore targets;
    private final CapacityCalendar capacity;
    private final TeamDirectory teams;
    private final UserDirectory users;
    private final ProjectDirectory projects;
    private final AccessPolicy access;

    public UtilisationReport(LoggedTime logged, StaffLevels levels, TargetStore targets, CapacityCalendar capacity, TeamDirectory teams,
                             UserDirectory users, ProjectDirectory projects, AccessPolicy access) {
        this.logged = logged;
        this.levels = levels;
        this.targets = targets;
        this.capacity = capacity;
        this.teams = teams;
        this.users = users;
        this.projects = projects;
        this.access = access;
    }

    /** {@code noLevel}: the label of the row of people who held no staff level. */
    public Result report(UtilisationQuery query, String noLevel) {
        access.requireSignedIn();
        String viewer = access.currentViewer().orElseThrow().userKey();
        boolean finance = access.currentUserIsFinance();
        Long projectId = query.projectKey() == null ? null : permittedProject(query.projectKey(), finance);
        Map<String, Set<String>> members = members(query.groups());
        List<LoggedMonth> work = logged.between(query.from(), query.to());
        StaffLevels.Held held = levels.held(query.from(), query.to());
        People people = People.of(work, held.userKeys(), members,
                projectId == null ? null : logged.peopleOf(query.from(), query.to(), List.of(projectId)));
        if (!finance) {
            List<Long> led = logged.projects(query.from(), query.to()).stream().filter(access::currentUserLeads).sorted().toList();
            people = people.visibleTo(viewer, led.isEmpty() ? Set.of() : logged.peopleOf(query.from(), query.to(), led),
                    members.isEmpty() && projectId == null);
        }
        Map<String, Optional<UserRef>> refs = new HashMap<>();
        people.keys().forEach(key -> refs.put(key, users.byKey(key)));
        Set<String> gone = new HashSet<>();
        refs.forEach((key, ref) -> {
            if (ref.filter(UserRef::active).isEmpty()) {
                gone.add(key);
            }
        });
        people = people.withoutIdle(gone, work);
        DateRange days = new DateRange(query.from().atDay(1), query.to().atEndOfMonth());
        List<PersonMonth> facts = PersonMonths.of(people.keys(), UtilisationTable.months(query.from(), query.to()),
                capacity.expectedMonthlySeconds(people.keys(), days), work, held, targets.targets(), gone);
        RowLabels labels = new RowLabels() {
            @Override
            public String person(String userKey) {
                return refs.computeIfAbsent(userKey, users::byKey).map(UserRef::displayName).orElse(userKey);
            }

            @Override
            public String level(Long levelId) {
                return levelId == null ? noLevel : held.levelName(levelId);
            }
        };
        return new Result(query, UtilisationTable.rows(facts, query.by(), labels, members));
    }

    private long permittedProject(String projectKey, boolean finance) {
        ProjectRef project = projects.byKey(projectKey).filter(p -> access.mayKnowProject(p.id()))
                .orElseThrow(() -> new NotFoundException("No project " + projectKey));
        if (!finance && !access.currentUserLeads(project.id())) {
            throw new AccessDeniedException(true, "The utilisation of a project's people needs the Ratecard finance permission or the project's lead");
        }
        return project.id();
    }

    private Map<String, Set<String>> members(List<String> groups) {
        Map<String, Set<String>> members = new java.util.LinkedHashMap<>();
        for (String group : groups) {
            Set<String> keys = teams.members(group).orElseThrow(() -> new InvalidInputException("group", "No group " + group));
            InvalidInputException.require(keys.size() <= TeamDirectory.MEMBERS, "group",
                    "Group " + group + " has more than " + TeamDirectory.MEMBERS + " members; the report takes groups of at most "
                            + TeamDirectory.MEMBERS + " members");
            members.put(group, keys);
        }
        return members;
    }
}
