package io.github.ratecard.billing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.billing.BilledTimeRule.Mode;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class BilledTimeRuleTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                   increment, mode,         minimum, worked s, billed s
            {"no work bills nothing",                 15, Mode.UP,      30, 0,       0},
            {"7 min up to a 15-min increment",        15, Mode.UP,      0,  7 * 60,  15 * 60},
            {"exactly one increment stays",           15, Mode.UP,      0,  15 * 60, 15 * 60},
            {"one second over goes to the next",      15, Mode.UP,      0,  901,     30 * 60},
            {"nearest rounds 7 min down to nothing",  15, Mode.NEAREST, 0,  7 * 60,  0},
            {"nearest: a tie rounds up",              15, Mode.NEAREST, 0,  450,     15 * 60},
            {"nearest: just under the tie",           15, Mode.NEAREST, 0,  449,     0},
            {"nearest rounds 52 min to 45",           15, Mode.NEAREST, 0,  52 * 60, 45 * 60},
            {"the minimum lifts short work",          15, Mode.UP,      30, 60,      30 * 60},
            {"the minimum lifts work rounded to 0",   15, Mode.NEAREST, 15, 60,      15 * 60},
            {"the minimum leaves longer work alone",  15, Mode.UP,      30, 50 * 60, 60 * 60},
            {"one-minute increments",                 1,  Mode.UP,      0,  61,      120},
            {"hourly increments",                     60, Mode.UP,      0,  61 * 60, 120 * 60},
        });
    }

    private final BilledTimeRule rule;
    private final long worked;
    private final long billed;

    public BilledTimeRuleTest(String why, int increment, Mode mode, int minimum, long worked, long billed) {
        this.rule = new BilledTimeRule(increment, mode, minimum);
        this.worked = worked;
        this.billed = billed;
    }

    @Test
    public void billedSeconds_shouldFollowTheAccountsRule() {
        assertEquals(billed, rule.billedSeconds(worked));
    }

    @Test
    public void rule_shouldRejectIncrementsOutside1To60AndNegativeMinimums() {
        assertEquals("incrementMinutes", assertThrows(InvalidInputException.class, () -> new BilledTimeRule(0, Mode.UP, 0)).field());
        assertEquals("incrementMinutes", assertThrows(InvalidInputException.class, () -> new BilledTimeRule(61, Mode.UP, 0)).field());
        assertEquals("minimumMinutes", assertThrows(InvalidInputException.class, () -> new BilledTimeRule(15, Mode.UP, -1)).field());
        assertEquals("roundingMode", assertThrows(InvalidInputException.class, () -> new BilledTimeRule(15, null, 0)).field());
    }
}
