package io.github.ratecard.jobs;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The progress a person reads, and the time-left estimate, for each situation a job passes through. */
@RunWith(Parameterized.class)
public class JobProgressTest {

    @Parameterized.Parameters(name = "{6}")
    public static List<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // done, total, active ms, shown done, percent, seconds left (null: no estimate), why
            {0L, 50_000L, 0L, 0L, 0, null, "nothing done yet: no estimate"},
            {400L, 50_000L, 60_000L, 400L, 0, null, "less than 1 % and fewer than 1,000 done: the pace is not known yet"},
            {1_000L, 50_000L, 1_500L, 1_000L, 2, null, "under two seconds observed: no estimate however much is done"},
            {500L, 50_000L, 10_000L, 500L, 1, 990L, "1 % done in 10 s: 49,500 left at 50 a second"},
            {12_400L, 50_000L, 60_000L, 12_400L, 24, 182L, "12,400 of 50,000 in a minute: about 3 min left, rounded up"},
            {1_000L, 1_000_000L, 4_000L, 1_000L, 0, 3_996L, "1,000 done is enough on a large job"},
            {41L, 42L, 4_100L, 41L, 97, 1L, "one left: rounded up to a second, never zero while work is left"},
            {42L, 42L, 4_200L, 42L, 100, 0L, "all done: nothing left"},
            {52L, 42L, 5_200L, 42L, 100, 0L, "more done than measured at the start: shown as 42 of 42, never 52 of 42"},
            {-5L, 42L, 5_000L, 0L, 0, null, "a negative count is shown as none"},
            {10L, 0L, 5_000L, 0L, 0, null, "no total: no share and no estimate"},
        });
    }

    @Parameterized.Parameter(0)
    public long done;
    @Parameterized.Parameter(1)
    public long total;
    @Parameterized.Parameter(2)
    public long activeMillis;
    @Parameterized.Parameter(3)
    public long shownDone;
    @Parameterized.Parameter(4)
    public int percent;
    @Parameterized.Parameter(5)
    public Long secondsLeft;
    @Parameterized.Parameter(6)
    public String why;

    @Test
    public void progress_shouldReadAsTheRowSays() {
        JobProgress progress = JobProgress.of(done, total, activeMillis);

        assertEquals(why, shownDone, progress.done());
        assertEquals(why, percent, progress.percent());
        assertEquals(why, Optional.ofNullable(secondsLeft).map(Duration::ofSeconds), progress.remaining());
    }
}
