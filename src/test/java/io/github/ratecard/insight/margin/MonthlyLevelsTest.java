package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.github.ratecard.rates.EffectivePeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.Test;

public class MonthlyLevelsTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private final MonthlyLevels target = new MonthlyLevels()
            .held("anna", "Agent L1", EffectivePeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 14)))
            .held("anna", "Agent L2", EffectivePeriod.from(LocalDate.of(2026, 11, 15)))
            .held("ben", "Agent L1", EffectivePeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 20)));

    @Test
    public void aPromotionMidMonth_countsTheWholeMonthAtTheNewLevel() {
        assertEquals("Agent L2", target.levelIn("anna", NOV));
        assertEquals("Agent L1", target.levelIn("anna", NOV.minusMonths(1)));
    }

    @Test
    public void aLevelThatEndsMidMonth_isTheMonthsLevelWhenNoneFollows() {
        assertEquals("Agent L1", target.levelIn("ben", NOV));
    }

    @Test
    public void noLevelInTheMonth_isNone() {
        assertNull(target.levelIn("ben", NOV.plusMonths(1)));
        assertNull(target.levelIn("carl", NOV));
    }
}
