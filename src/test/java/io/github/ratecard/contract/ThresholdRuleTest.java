package io.github.ratecard.contract;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Which thresholds (of 50, 80 and 100 %) a use of a balance or a cap reaches, and the percent shown. */
@RunWith(Parameterized.class)
public class ThresholdRuleTest {

    private static final List<Integer> THRESHOLDS = List.of(50, 80, 100);

    @Parameters(name = "{0} of {1}: {2} ({4})")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
                {0L, 100L, List.of(), "0.0", "nothing used reaches nothing"},
                {49L, 100L, List.of(), "49.0", "just below the lowest"},
                {50L, 100L, List.of(50), "50.0", "exactly a threshold reaches it"},
                {7999L, 10000L, List.of(50), "80.0", "79.99 % shows as 80.0 but does not reach 80"},
                {8000L, 10000L, List.of(50, 80), "80.0", "80 % reaches 80"},
                {131L, 120L, List.of(50, 80, 100), "109.2", "overage is beyond every threshold"},
                {5L, 0L, List.of(50, 80, 100), null, "no balance at all: any use reaches every threshold"},
                {0L, 0L, List.of(), null, "no balance and no use reaches nothing"},
        });
    }

    private final long used;
    private final long available;
    private final List<Integer> reached;
    private final String percent;

    public ThresholdRuleTest(long used, long available, List<Integer> reached, String percent, String why) {
        this.used = used;
        this.available = available;
        this.reached = reached;
        this.percent = percent;
    }

    @Test
    public void reached_shouldBeTheThresholdsAtOrBelowTheUse() {
        assertEquals(reached, ThresholdRule.reached(used, available, THRESHOLDS));
    }

    @Test
    public void percent_shouldHaveOneDecimalAndBeEmptyWithoutBalance() {
        assertEquals(Optional.ofNullable(percent).map(BigDecimal::new), ThresholdRule.percent(used, available));
    }
}
