package io.github.ratecard.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;

public class BackoffTest {

    @Test
    public void wait_shouldDoubleFromOneMinute() {
        assertEquals(Duration.ofMinutes(1), Backoff.after(1));
        assertEquals(Duration.ofMinutes(2), Backoff.after(2));
        assertEquals(Duration.ofMinutes(4), Backoff.after(3));
        assertEquals(Duration.ofMinutes(1024), Backoff.after(11));
    }

    @Test
    public void wait_shouldNeverExceed24Hours() {
        assertEquals(Duration.ofHours(24), Backoff.after(12));
        assertEquals(Duration.ofHours(24), Backoff.after(1000));
    }

    @Test
    public void delivery_shouldBeGivenUpAfterTwelveAttempts() {
        assertFalse(Backoff.exhausted(11));
        assertTrue(Backoff.exhausted(12));
    }

    @Test
    public void attempts_shouldSpanAboutADayAndAHalf() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < Backoff.MAX_ATTEMPTS; attempt++) {
            total = total.plus(Backoff.after(attempt));
        }

        assertEquals(Duration.ofMinutes(2047), total);
    }
}
