package io.github.ratecard.insight.utilisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.Test;

/**
 * The report over stand-ins of its ports. October 2026 has 22 weekdays; the calendar expects ana to
 * work 8 h a day until the 15th and 4 h from the 16th, and the 26th is a public holiday:
 * 11 days × 8 h + 10 days × 4 h = 128 h. She logs 112 h on ACME (96 h billable): 87.5 % and 75.0 %.
 * Max, lou and gus have left: max and lou are deactivated in Jira, gus is deleted; only max logged time.
 */
public class UtilisationReportTest {

    private static final long H = 3600;
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final ProjectRef ACME = new ProjectRef(1, "ACME", "Acme support", "lead");
    private static final ProjectRef GLX = new ProjectRef(2, "GLX", "Globex", "other");

    private final Viewing viewing = new Viewing();
    private final ProjectWork work = new ProjectWork(List.of(
            new ProjectWork.Logged("ana", ACME.id(), OCT, 112 * H, 96 * H),
            new ProjectWork.Logged("ben", GLX.id(), OCT, 40 * H, 40 * H),
            new ProjectWork.Logged("ben", ACME.id(), OCT, 20 * H, 0),
            new ProjectWork.Logged("max", GLX.id(), OCT, 30 * H, 30 * H)));
    private final Map<String, Set<String>> groups = Map.of("support", Set.of("ana", "dora"));
    private final UtilisationReport target = new UtilisationReport(work, new StaffLevels(new Levels()),
            new FixedTargets(Map.of(1L, new BigDecimal("85.0"))), new Calendar(), name -> Optional.ofNullable(groups.get(name)), new Users(),
            new Projects(), viewing);

    @Test
    public void capacity_shouldCountWorkingDaysHolidaysAndAMidMonthChange() {
        UtilisationRow ana = row(report(Grouping.PERSON, List.of(), null), "ana");

        assertEquals(128 * H, ana.capacitySeconds());
        assertEquals(new BigDecimal("87.5"), ana.utilisation());
        assertEquals(new BigDecimal("75.0"), ana.billableUtilisation());
        assertEquals(new BigDecimal("85.0"), ana.target());
        assertEquals(TargetState.UNDER, ana.state());
    }

    @Test
    public void finance_shouldSeeEveryoneWhoLoggedTimeOrHeldALevel() {
        List<UtilisationRow> rows = report(Grouping.PERSON, List.of(), null);

        assertEquals(List.of("Ana", "Ben", "Cleo", "Max"), rows.stream().map(UtilisationRow::label).toList());
    }

    @Test
    public void deactivatedPersonWhoLoggedNothing_shouldAddNoCapacity() {
        List<UtilisationRow> rows = report(Grouping.LEVEL, List.of(), null);

        // Agent L1: ana's 128 h and cleo's 22 days × 8 h; lou holds the level but is deactivated and logged nothing
        assertEquals((128 + 176) * H, row(rows, "1").capacitySeconds());
    }

    @Test
    public void peopleNoLongerInJiraWhoLoggedNothing_shouldBeLeftOut() {
        List<UtilisationRow> rows = report(Grouping.PERSON, List.of(), null);

        assertEquals(List.of("ana", "ben", "cleo", "max"), rows.stream().map(UtilisationRow::key).toList());
    }

    @Test
    public void deactivatedPerson_shouldHaveCapacityOnlyInTheMonthsTheyLoggedTime() {
        List<UtilisationRow> rows = target.report(new UtilisationQuery(OCT.minusMonths(1), OCT, Grouping.PERSON, List.of(), null), "No level").rows();

        // October's 22 weekdays × 8 h; nothing for September, when max logged no time
        assertEquals(176 * H, row(rows, "max").capacitySeconds());
        assertEquals(30 * H, row(rows, "max").loggedSeconds());
    }

    @Test
    public void personWhoLoggedNothing_shouldStillShowTheirCapacity() {
        UtilisationRow cleo = row(report(Grouping.PERSON, List.of(), null), "cleo");

        assertEquals(new BigDecimal("0.0"), cleo.utilisation());
        assertEquals(22 * 8 * H, cleo.capacitySeconds());
    }

    @Test
    public void lead_shouldSeeThePeopleOfTheProjectsTheyLeadAndThemselves() {
        viewing.as("lead", false, ACME.id());

        List<UtilisationRow> rows = report(Grouping.PERSON, List.of(), null);

        assertEquals(List.of("ana", "ben", "lead"), rows.stream().map(UtilisationRow::key).toList());
        assertEquals("a person's figures are all their time, not only the lead's project", 60 * H, row(rows, "ben").loggedSeconds());
    }

    @Test
    public void agent_shouldSeeOnlyTheirOwnRow() {
        viewing.as("ben", false);

        List<UtilisationRow> rows = report(Grouping.LEVEL, List.of(), null);

        assertEquals(1, rows.size());
        assertEquals(60 * H, rows.get(0).loggedSeconds());
    }

    @Test
    public void project_shouldNarrowToThePeopleWhoLoggedTimeInIt() {
        List<UtilisationRow> rows = report(Grouping.PERSON, List.of(), "glx");

        assertEquals(List.of("ben", "max"), rows.stream().map(UtilisationRow::key).toList());
    }

    @Test
    public void projectTheViewerDoesNotLead_shouldBeRefused() {
        viewing.as("lead", false, ACME.id());

        assertThrows(AccessDeniedException.class, () -> report(Grouping.PERSON, List.of(), "GLX"));
    }

    @Test
    public void unknownProject_shouldBeNotFound() {
        assertThrows(NotFoundException.class, () -> report(Grouping.PERSON, List.of(), "NOPE"));
    }

    @Test
    public void team_shouldBeItsMembersEvenThoseWithoutTimeOrLevel() {
        List<UtilisationRow> rows = report(Grouping.TEAM, List.of("support"), null);

        assertEquals(1, rows.size());
        // ana's 128 h and dora's 22 days × 8 h
        assertEquals((128 + 176) * H, rows.get(0).capacitySeconds());
        assertEquals(112 * H, rows.get(0).loggedSeconds());
    }

    @Test
    public void unknownGroup_shouldBeRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> report(Grouping.PERSON, List.of("nobody"), null));

        assertEquals("group", refused.field());
    }

    @Test
    public void groupLargerThanTheLimit_shouldBeRefusedNamingTheFieldNotCutShort() {
        Set<String> everyone = new java.util.HashSet<>();
        for (int i = 0; i <= TeamDirectory.MEMBERS; i++) {
            everyone.add("user" + i);
        }
        UtilisationReport withLargeGroup = new UtilisationReport(work, new StaffLevels(new Levels()), new FixedTargets(Map.of()),
                new Calendar(), name -> Optional.of(everyone), new Users(), new Projects(), viewing);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> withLargeGroup.report(new UtilisationQuery(OCT, OCT, Grouping.TEAM, List.of("everyone"), null), "No level"));

        assertEquals("group", refused.field());
        assertEquals("Group everyone has more than 2000 members; the report takes groups of at most 2000 members", refused.getMessage());
    }

    @Test
    public void periodLongerThanTwoYears_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new UtilisationQuery(YearMonth.of(2025, 1), YearMonth.of(2027, 1), Grouping.PERSON, List.of(), null));

        assertEquals("to", refused.field());
        new UtilisationQuery(YearMonth.of(2025, 1), YearMonth.of(2026, 12), Grouping.PERSON, List.of(), null);
    }

    private List<UtilisationRow> report(Grouping by, List<String> groupNames, String project) {
        return target.report(new UtilisationQuery(OCT, OCT, by, groupNames, project), "No level").rows();
    }

    private static UtilisationRow row(List<UtilisationRow> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** 8 h on weekdays; ana 4 h from 16 October; 26 October a public holiday for ana. */
    private static final class Calendar implements CapacityCalendar {
        @Override
        public Map<String, SortedMap<LocalDate, Long>> expectedSeconds(java.util.Collection<String> userKeys, io.github.ratecard.domain.DateRange days) {
            Map<String, SortedMap<LocalDate, Long>> all = new HashMap<>();
            for (String user : userKeys) {
                SortedMap<LocalDate, Long> expected = new TreeMap<>();
                for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
                    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                    boolean anaShort = user.equals("ana") && day.getDayOfMonth() >= 16;
                    boolean holiday = user.equals("ana") && day.equals(LocalDate.of(2026, 10, 26));
                    expected.put(day, weekend || holiday ? 0 : anaShort ? 4 * H : 8 * H);
                }
                all.put(user, expected);
            }
            return all;
        }
    }

    /** Agent L1 (ana, lou and gus since 2026, cleo in October); ben and max hold no level. */
    private static final class Levels implements LevelStore {
        @Override
        public List<StaffLevel> levels() {
            return List.of(new StaffLevel(1, "Agent L1", "", true));
        }

        @Override
        public List<LevelAssignment> assignmentsOfLevel(long levelId) {
            return List.of(new LevelAssignment(1, "ana", 1, EffectivePeriod.from(LocalDate.of(2026, 1, 1))),
                    new LevelAssignment(2, "cleo", 1, EffectivePeriod.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))),
                    new LevelAssignment(4, "lou", 1, EffectivePeriod.from(LocalDate.of(2026, 1, 1))),
                    new LevelAssignment(5, "gus", 1, EffectivePeriod.from(LocalDate.of(2026, 1, 1))),
                    new LevelAssignment(3, "old", 1, EffectivePeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        }

        @Override
        public Optional<StaffLevel> level(long id) {
            return levels().stream().filter(l -> l.id() == id).findFirst();
        }

        @Override
        public Optional<StaffLevel> levelNamed(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long insert(StaffLevel level) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(StaffLevel level) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LevelAssignment> assignmentsOf(String userKey) {
            throw new UnsupportedOperationException("the report reads assignments level by level, never person by person");
        }

        @Override
        public Optional<LevelAssignment> assignment(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long insert(LevelAssignment assignment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updatePeriod(long assignmentId, EffectivePeriod period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteAssignment(long assignmentId) {
            throw new UnsupportedOperationException();
        }
    }

    private record FixedTargets(Map<Long, BigDecimal> targets) implements TargetStore {
        @Override
        public void put(long levelId, BigDecimal percent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(long levelId) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Users implements UserDirectory {
        @Override
        public Optional<UserRef> byKey(String userKey) {
            if (userKey.equals("gus")) {
                return Optional.empty();
            }
            boolean active = !userKey.equals("max") && !userKey.equals("lou");
            return Optional.of(new UserRef(userKey, userKey.substring(0, 1).toUpperCase() + userKey.substring(1), active));
        }

        @Override
        public List<UserRef> search(SearchQuery query, int limit) {
            return List.of();
        }
    }

    private static final class Projects implements ProjectDirectory {
        @Override
        public Optional<ProjectRef> byKey(String projectKey) {
            return List.of(ACME, GLX).stream().filter(p -> p.key().equalsIgnoreCase(projectKey)).findFirst();
        }

        @Override
        public Optional<ProjectRef> byId(long projectId) {
            return List.of(ACME, GLX).stream().filter(p -> p.id() == projectId).findFirst();
        }

        @Override
        public List<ProjectRef> search(SearchQuery query) {
            return List.of(ACME, GLX);
        }
    }

    /** Finance until told otherwise. */
    private static final class Viewing implements AccessPolicy {
        private String user = "fiona";
        private boolean finance = true;
        private Set<Long> led = Set.of();

        void as(String userKey, boolean isFinance, Long... leads) {
            user = userKey;
            finance = isFinance;
            led = Set.of(leads);
        }

        @Override
        public Optional<Viewer> currentViewer() {
            return Optional.of(new Viewer(user, user));
        }

        @Override
        public boolean currentUserIsAdmin() {
            return false;
        }

        @Override
        public boolean currentUserIsFinance() {
            return finance;
        }

        @Override
        public boolean currentUserLeads(long projectId) {
            return led.contains(projectId);
        }

        @Override
        public boolean currentUserHas(ProjectAccess access, long projectId) {
            return true;
        }
    }

    /** The rollups' sums per person, project and month, read as the store reads them. */
    private record ProjectWork(List<Logged> rows) implements LoggedTime {

        record Logged(String userKey, long projectId, YearMonth month, long loggedSeconds, long billableSeconds) {
        }

        @Override
        public List<LoggedMonth> between(YearMonth from, YearMonth to) {
            Map<String, LoggedMonth> months = new java.util.LinkedHashMap<>();
            for (Logged row : within(from, to)) {
                months.merge(row.userKey() + " " + row.month(), new LoggedMonth(row.userKey(), row.month(), row.loggedSeconds(),
                        row.billableSeconds()), (a, b) -> new LoggedMonth(a.userKey(), a.month(), a.loggedSeconds() + b.loggedSeconds(),
                        a.billableSeconds() + b.billableSeconds()));
            }
            return List.copyOf(months.values());
        }

        @Override
        public Set<Long> projects(YearMonth from, YearMonth to) {
            return within(from, to).stream().map(Logged::projectId).collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public Set<String> peopleOf(YearMonth from, YearMonth to, java.util.Collection<Long> projectIds) {
            return within(from, to).stream().filter(row -> projectIds.contains(row.projectId())).map(Logged::userKey)
                    .collect(java.util.stream.Collectors.toSet());
        }

        private List<Logged> within(YearMonth from, YearMonth to) {
            return rows.stream().filter(row -> !row.month().isBefore(from) && !row.month().isAfter(to)).toList();
        }
    }
}
