package io.github.ratecard.insight.utilisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Rows added up from people's months, against hand-computed figures:
 * <pre>
 * person  month    level  target  capacity  logged  billable
 * ana     2026-09  L1     85      176 h     160 h   150 h
 * ana     2026-10  L2     70      88 h      90 h    60 h     (holidays: half a month of capacity; promoted)
 * ben     2026-09  L1     85      176 h     100 h   88 h
 * ben     2026-10  L1     85      0 h       0 h     0 h      (away all month)
 * cleo    2026-09  —      —       176 h     176 h   0 h
 * </pre>
 */
public class UtilisationTableTest {

    private static final long H = 3600;
    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final List<PersonMonth> FACTS = List.of(
            new PersonMonth("ana", SEP, 176 * H, 160 * H, 150 * H, 1L, new BigDecimal("85.0")),
            new PersonMonth("ana", OCT, 88 * H, 90 * H, 60 * H, 2L, new BigDecimal("70.0")),
            new PersonMonth("ben", SEP, 176 * H, 100 * H, 88 * H, 1L, new BigDecimal("85.0")),
            new PersonMonth("ben", OCT, 0, 0, 0, 1L, new BigDecimal("85.0")),
            new PersonMonth("cleo", SEP, 176 * H, 176 * H, 0, null, null));
    private static final RowLabels LABELS = new RowLabels() {
        @Override
        public String person(String userKey) {
            return Map.of("ana", "Ana", "ben", "Ben", "cleo", "Cleo").get(userKey);
        }

        @Override
        public String level(Long levelId) {
            return levelId == null ? "No level" : "Agent L" + levelId;
        }
    };

    @Test
    public void personRow_shouldAddTheMonthsAndWeighTheTargetsByCapacity() {
        UtilisationRow ana = rows(Grouping.PERSON).get(0);

        // 250 h of 264 h = 94.7 %; billable 210 h of 264 h = 79.5 %; target (85 × 176 + 70 × 88) ÷ 264 = 80.0
        assertEquals("Ana", ana.label());
        assertEquals(264 * H, ana.capacitySeconds());
        assertEquals(new BigDecimal("94.7"), ana.utilisation());
        assertEquals(new BigDecimal("79.5"), ana.billableUtilisation());
        assertEquals(new BigDecimal("80.0"), ana.target());
        assertEquals("79.5 is within 2.5 points of 80.0", TargetState.ON, ana.state());
    }

    @Test
    public void monthWithoutCapacity_shouldNotWeighOnTheTarget() {
        UtilisationRow ben = rows(Grouping.PERSON).get(1);

        // 88 h of 176 h = 50.0 %, the target of September only
        assertEquals(new BigDecimal("50.0"), ben.billableUtilisation());
        assertEquals(new BigDecimal("85.0"), ben.target());
        assertEquals(TargetState.UNDER, ben.state());
    }

    @Test
    public void personWithoutLevel_shouldHaveNoTargetAndNoState() {
        UtilisationRow cleo = rows(Grouping.PERSON).get(2);

        assertEquals(new BigDecimal("100.0"), cleo.utilisation());
        assertNull(cleo.target());
        assertNull(cleo.state());
    }

    @Test
    public void levelRows_shouldHoldThePeoplesMonthsAtThatLevel() {
        List<UtilisationRow> rows = rows(Grouping.LEVEL);

        assertEquals(List.of("Agent L1", "Agent L2", "No level"), rows.stream().map(UtilisationRow::label).toList());
        // L1: ana's September and ben's two months: 260 h of 352 h = 73.9 %, billable 238 h = 67.6 %
        assertEquals(new BigDecimal("73.9"), rows.get(0).utilisation());
        assertEquals(new BigDecimal("67.6"), rows.get(0).billableUtilisation());
        assertEquals(new BigDecimal("85.0"), rows.get(0).target());
        // L2: ana's October, 60 h of 88 h = 68.2 % against 70 %: on target
        assertEquals(new BigDecimal("68.2"), rows.get(1).billableUtilisation());
        assertEquals(TargetState.ON, rows.get(1).state());
    }

    @Test
    public void monthRows_shouldFollowTheCalendar() {
        List<UtilisationRow> rows = rows(Grouping.MONTH);

        assertEquals(List.of("2026-09", "2026-10"), rows.stream().map(UtilisationRow::key).toList());
        // September: 436 h of 528 h = 82.6 %; October: 90 h of 88 h = 102.3 %
        assertEquals(new BigDecimal("82.6"), rows.get(0).utilisation());
        assertEquals(new BigDecimal("102.3"), rows.get(1).utilisation());
    }

    @Test
    public void teamRows_shouldCountAMemberOfTwoTeamsInBoth() {
        Map<String, Set<String>> teams = new LinkedHashMap<>();
        teams.put("support-emea", Set.of("ana", "ben"));
        teams.put("night-shift", Set.of("ben"));

        List<UtilisationRow> rows = UtilisationTable.rows(FACTS, Grouping.TEAM, LABELS, teams);

        assertEquals(List.of("support-emea", "night-shift"), rows.stream().map(UtilisationRow::key).toList());
        assertEquals(440 * H, rows.get(0).capacitySeconds());
        assertEquals(new BigDecimal("56.8"), rows.get(1).utilisation());
    }

    @Test
    public void rowWithoutCapacity_shouldSayNoFigureRatherThanFail() {
        UtilisationRow row = UtilisationTable.row("ben", "Ben", List.of(FACTS.get(3)));

        assertNull(row.utilisation());
        assertNull(row.billableUtilisation());
        assertNull(row.target());
        assertNull(row.state());
    }

    private static List<UtilisationRow> rows(Grouping by) {
        return UtilisationTable.rows(FACTS, by, LABELS, Map.of());
    }
}
