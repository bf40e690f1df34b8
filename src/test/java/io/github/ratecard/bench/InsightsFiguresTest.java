package io.github.ratecard.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.ledger.WorklogRecord;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class InsightsFiguresTest {

    private static final long YEAR_OF_WORKLOGS = 1_000_000;

    @Test
    public void aMonthOfTheFirstLedger_shouldHaveEveryPersonOnEveryProject() {
        Set<String> pairs = new HashSet<>();
        // June's worklogs are logged from about id 413,000 to 496,000 and started up to three days earlier
        for (long id = 400_000; id <= 520_000; id++) {
            WorklogRecord record = InsightsFigures.record(id, YEAR_OF_WORKLOGS);
            if (YearMonth.from(record.started().atOffset(ZoneOffset.UTC)).equals(YearMonth.of(2026, 6))) {
                pairs.add(record.authorKey() + "/" + record.projectKey());
            }
        }

        assertEquals(InsightsFigures.USERS * InsightsFigures.ACCOUNTS, pairs.size());
    }

    @Test
    public void withFiveAccountsPerPerson_aMonthShouldHaveEachPersonOnFiveProjectsAndEachProjectWithTwentyPeople() {
        Map<String, Set<String>> projectsOfPerson = new java.util.HashMap<>();
        Map<String, Set<String>> peopleOfProject = new java.util.HashMap<>();
        for (long id = 400_000; id <= 520_000; id++) {
            WorklogRecord record = InsightsFigures.record(id, YEAR_OF_WORKLOGS, 5);
            if (YearMonth.from(record.started().atOffset(ZoneOffset.UTC)).equals(YearMonth.of(2026, 6))) {
                projectsOfPerson.computeIfAbsent(record.authorKey(), key -> new HashSet<>()).add(record.projectKey());
                peopleOfProject.computeIfAbsent(record.projectKey(), key -> new HashSet<>()).add(record.authorKey());
            }
        }

        assertEquals(InsightsFigures.USERS, projectsOfPerson.size());
        assertTrue(projectsOfPerson.values().stream().allMatch(projects -> projects.size() == 5));
        assertEquals(InsightsFigures.ACCOUNTS, peopleOfProject.size());
        assertTrue(peopleOfProject.values().stream().allMatch(people -> people.size() == 20));
    }

    @Test
    public void allAccountsPerPerson_shouldBeTheWorstCasesWorklogs() {
        for (long id = 0; id < 60_000; id += 7) {
            assertEquals(InsightsFigures.record(id, YEAR_OF_WORKLOGS), InsightsFigures.record(id, YEAR_OF_WORKLOGS, InsightsFigures.ACCOUNTS));
        }
    }

    @Test
    public void theLargerLedgersLaterWorklogs_shouldStartAfter2026() {
        WorklogRecord record = InsightsFigures.record(YEAR_OF_WORKLOGS + 200_000, YEAR_OF_WORKLOGS);

        assertEquals(2027, record.started().atOffset(ZoneOffset.UTC).getYear());
    }

    @Test
    public void aReportWithMoreStatementsOnTheLargerLedger_shouldBeNamed() {
        Map<String, Object> small = Map.of("ledger", 1000L, "reports", Map.of("margin by account", Map.of("statements", 10),
                "hints job", Map.of("statements", 40)));
        Map<String, Object> large = Map.of("ledger", 10000L, "reports", Map.of("margin by account", Map.of("statements", 10),
                "hints job", Map.of("statements", 41)));

        assertEquals(List.of("hints job: 40 on 1000 entries, 41 on 10000"), InsightsFigures.differingStatements(small, large));
    }

    @Test
    public void equalStatements_shouldNameNoReport() {
        Map<String, Object> small = Map.of("ledger", 1000L, "reports", Map.of("utilisation by person", Map.of("statements", 11)));
        Map<String, Object> large = Map.of("ledger", 10000L, "reports", Map.of("utilisation by person", Map.of("statements", 11)));

        assertTrue(InsightsFigures.differingStatements(small, large).isEmpty());
    }
}
