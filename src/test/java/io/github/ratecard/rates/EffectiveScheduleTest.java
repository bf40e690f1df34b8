package io.github.ratecard.rates;

import static io.github.ratecard.rates.RateFixtures.day;
import static io.github.ratecard.rates.RateFixtures.rate;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class EffectiveScheduleTest {

    private static final RateScope ACME = RateScope.account("ACME");

    @Test
    public void newPeriodStartingInsideTheOpenEndedOne_shouldCloseItTheDayBefore() {
        Rate current = rate(ACME).id(1).from("2026-01-01").build();

        SchedulePlan plan = EffectiveSchedule.plan(List.of(current), EffectivePeriod.from(day("2026-12-01")));

        assertEquals(new SchedulePlan.Closing(1, EffectivePeriod.between(day("2026-01-01"), day("2026-11-30"))),
                plan.closing().orElseThrow());
    }

    @Test
    public void newPeriodAfterAClosedOne_shouldCloseNothing() {
        Rate past = rate(ACME).id(1).from("2026-01-01").to("2026-05-31").build();

        assertTrue(EffectiveSchedule.plan(List.of(past), EffectivePeriod.from(day("2026-06-01"))).closing().isEmpty());
    }

    @Test
    public void newPeriodStartingOnTheSameDay_shouldBeRejectedNamingTheRate() {
        Rate current = rate(ACME).id(7).from("2026-01-01").build();

        OverlapException e = assertThrows(OverlapException.class,
                () -> EffectiveSchedule.plan(List.of(current), EffectivePeriod.from(day("2026-01-01"))));

        assertEquals(7, e.conflictingId());
        assertTrue(e.getMessage(), e.getMessage().contains("overlaps rate 7 (10 EUR/h)"));
        assertEquals("validFrom", e.field());
    }

    @Test
    public void newPeriodStartingBeforeTheOpenEndedOne_shouldBeRejected() {
        Rate current = rate(ACME).id(7).from("2026-03-01").build();

        assertThrows(OverlapException.class,
                () -> EffectiveSchedule.plan(List.of(current), EffectivePeriod.from(day("2026-02-01"))));
    }

    @Test
    public void newPeriodEndingBeforeTheOpenEndedOneStarts_shouldFit() {
        Rate current = rate(ACME).id(7).from("2026-03-01").build();

        assertTrue(EffectiveSchedule.plan(List.of(current), EffectivePeriod.between(day("2026-01-01"), day("2026-02-28")))
                .closing().isEmpty());
    }

    @Test
    public void newPeriodOverlappingAClosedOne_shouldBeRejected() {
        Rate past = rate(ACME).id(3).from("2026-01-01").to("2026-05-31").build();

        OverlapException e = assertThrows(OverlapException.class,
                () -> EffectiveSchedule.plan(List.of(past), EffectivePeriod.from(day("2026-05-31"))));
        assertEquals(3, e.conflictingId());
    }

    @Test
    public void newPeriodInsideTheOpenEndedOneButOverlappingAnother_shouldBeRejected() {
        Rate open = rate(ACME).id(1).from("2026-01-01").build();
        Rate later = rate(ACME).id(2).from("2027-01-01").to("2027-12-31").build();

        assertThrows(OverlapException.class, () -> EffectiveSchedule.plan(List.of(open, later), EffectivePeriod.from(day("2026-06-01"))));
    }

    @Test
    public void editOfAnEntry_shouldIgnoreThatEntry() {
        Rate current = rate(ACME).id(1).from("2026-01-01").build();

        assertTrue(EffectiveSchedule.plan(List.of(current), EffectivePeriod.from(day("2026-02-01")), 1).closing().isEmpty());
    }

    @Test
    public void periodEndingBeforeItStarts_shouldBeRejected() {
        assertThrows(io.github.ratecard.domain.InvalidInputException.class,
                () -> EffectivePeriod.between(day("2026-02-01"), day("2026-01-31")));
    }

    @Test
    public void periods_shouldOverlapOnlyWhenTheyShareADay() {
        EffectivePeriod january = EffectivePeriod.between(day("2026-01-01"), day("2026-01-31"));
        assertTrue(january.overlaps(EffectivePeriod.from(day("2026-01-31"))));
        assertTrue(!january.overlaps(EffectivePeriod.from(day("2026-02-01"))));
        assertTrue(EffectivePeriod.from(day("2026-01-01")).overlaps(EffectivePeriod.from(day("2030-01-01"))));
    }
}
