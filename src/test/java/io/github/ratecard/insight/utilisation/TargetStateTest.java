package io.github.ratecard.insight.utilisation;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** Under, on or over a billable target, 2.5 percentage points either side counting as on target. */
@RunWith(Parameterized.class)
public class TargetStateTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> table() {
        return Arrays.asList(new Object[][] {
            //  why                                  billable  target  state
            {"far below",                            "60.0",   "85.0", TargetState.UNDER},
            {"just outside the tolerance below",     "82.4",   "85.0", TargetState.UNDER},
            {"the lower edge is on target",          "82.5",   "85.0", TargetState.ON},
            {"exactly the target",                   "85.0",   "85.0", TargetState.ON},
            {"the upper edge is on target",          "87.5",   "85.0", TargetState.ON},
            {"just outside the tolerance above",     "87.6",   "85.0", TargetState.OVER},
            {"a target of nothing",                  "0.0",    "0.0",  TargetState.ON},
            {"no target: no state",                  "90.0",   null,   null},
            {"no capacity: no state",                null,     "85.0", null},
        });
    }

    @Parameterized.Parameter(0)
    public String why;
    @Parameterized.Parameter(1)
    public String billable;
    @Parameterized.Parameter(2)
    public String target;
    @Parameterized.Parameter(3)
    public TargetState state;

    @Test
    public void state_shouldBeTheTablesState() {
        assertEquals(why, state, TargetState.of(billable == null ? null : new BigDecimal(billable), target == null ? null : new BigDecimal(target)));
    }
}
