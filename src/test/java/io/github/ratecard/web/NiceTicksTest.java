package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The value axis' round ticks: one row per case, values in minor units (cents), with why the step is what it is. */
@RunWith(Parameterized.class)
public class NiceTicksTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][]{
                {"€9,989 in five steps: €2,000 steps up to €10,000", 998_900L, 5, List.of(0L, 200_000L, 400_000L, 600_000L, 800_000L, 1_000_000L)},
                {"exactly €10,000: the axis ends on it", 1_000_000L, 5, List.of(0L, 200_000L, 400_000L, 600_000L, 800_000L, 1_000_000L)},
                {"€10,000.01 needs the next step: 5k steps, since 2k × 5 is short", 1_000_001L, 5, List.of(0L, 500_000L, 1_000_000L, 1_500_000L)},
                {"€36,327 in five steps: €10,000 steps", 3_632_700L, 5, List.of(0L, 1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L)},
                {"€1,300 in four steps: €500 steps", 130_000L, 4, List.of(0L, 50_000L, 100_000L, 150_000L)},
                {"€2.50 in five steps: 50 cent steps", 250L, 5, List.of(0L, 50L, 100L, 150L, 200L, 250L)},
                {"one cent: one step of one cent", 1L, 5, List.of(0L, 1L)},
                {"nothing at all: still one step, so the axis has a height", 0L, 5, List.of(0L, 1L)},
                {"¥1,234,567 (no minor units) in five steps: ¥500,000 steps", 1_234_567L, 5, List.of(0L, 500_000L, 1_000_000L, 1_500_000L)},
        });
    }

    @Parameterized.Parameter(0)
    public String why;
    @Parameterized.Parameter(1)
    public long highest;
    @Parameterized.Parameter(2)
    public int mostSteps;
    @Parameterized.Parameter(3)
    public List<Long> ticks;

    @Test
    public void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(why, ticks, NiceTicks.of(highest, mostSteps));
    }
}
