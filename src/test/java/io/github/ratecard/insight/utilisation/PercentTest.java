package io.github.ratecard.insight.utilisation;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** Shares of capacity to one decimal, half-up, from exact seconds; a share of no capacity is no figure. */
@RunWith(Parameterized.class)
public class PercentTest {

    private static final long HOUR = 3600;

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> table() {
        return Arrays.asList(new Object[][] {
            //  why                                        part          whole        percent
            {"148 h of 160 h",                             148 * HOUR,   160 * HOUR,  "92.5"},
            {"136 h of 160 h (an L1's 85 % target)",       136 * HOUR,   160 * HOUR,  "85.0"},
            {"a third rounds down",                        1,            3,           "33.3"},
            {"two thirds round up",                        2,            3,           "66.7"},
            {"6.25 rounds half up",                        1,            16,          "6.3"},
            {"more than capacity",                         176 * HOUR,   160 * HOUR,  "110.0"},
            {"nothing logged",                             0,            160 * HOUR,  "0.0"},
            {"no capacity: no figure, no division error",  8 * HOUR,     0,           null},
            {"nothing of nothing",                         0,            0,           null},
        });
    }

    @Parameterized.Parameter(0)
    public String why;
    @Parameterized.Parameter(1)
    public long part;
    @Parameterized.Parameter(2)
    public long whole;
    @Parameterized.Parameter(3)
    public String percent;

    @Test
    public void share_shouldBeTheTablesPercent() {
        assertEquals(why, percent == null ? null : new BigDecimal(percent), Percent.of(part, whole));
    }
}
