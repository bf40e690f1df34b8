package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.eur;
import static io.github.ratecard.contract.ContractFixtures.month;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class FixedFeeScheduleTest {

    private static final Instalment KICK_OFF = new Instalment("Kick-off", eur("5000.00"), new InstalmentDue.OnDate(LocalDate.of(2026, 3, 15)));
    private static final Instalment GO_LIVE = new Instalment("Go-live", eur("15000.00"), new InstalmentDue.OnMilestone("shop-42"));
    private static final FixedFee FEE = new FixedFee(List.of(KICK_OFF, GO_LIVE));

    @Test
    public void dueIn_byDate_shouldBeDueInThePeriodOfItsDate() {
        assertEquals(List.of(KICK_OFF), FixedFeeSchedule.dueIn(FEE, march(), Map.of()));
        assertEquals(List.of(), FixedFeeSchedule.dueIn(FEE, ContractPeriod.month(month("2026-04")).days(), Map.of()));
    }

    @Test
    public void dueIn_byMilestone_shouldBeDueInThePeriodItWasResolved() {
        assertEquals(List.of(KICK_OFF, GO_LIVE), FixedFeeSchedule.dueIn(FEE, march(), Map.of("SHOP-42", LocalDate.of(2026, 3, 31))));
    }

    @Test
    public void dueIn_anUnresolvedMilestone_shouldNotBeDue() {
        assertEquals(List.of(KICK_OFF), FixedFeeSchedule.dueIn(FEE, march(), Map.of("SHOP-41", LocalDate.of(2026, 3, 2))));
    }

    @Test
    public void status_shouldSayWhenEachInstalmentIsDue() {
        List<InstalmentStatus> status = FixedFeeSchedule.status(month("2026-01"), FEE, Map.of(), LocalDate.of(2026, 3, 15));

        assertEquals(List.of(Optional.of(LocalDate.of(2026, 3, 15)), Optional.empty()), status.stream().map(InstalmentStatus::dueOn).toList());
        assertEquals(List.of(true, false), status.stream().map(InstalmentStatus::due).toList());
    }

    @Test
    public void total_shouldAddTheSchedule() {
        assertEquals(eur("20000.00"), FEE.total());
    }

    @Test
    public void fixedFee_twoInstalmentsWithOneLabel_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new FixedFee(List.of(KICK_OFF, KICK_OFF)));

        assertEquals("label", refused.field());
    }

    @Test
    public void milestone_notAnIssueKey_shouldBeRefused() {
        assertThrows(InvalidInputException.class, () -> new InstalmentDue.OnMilestone("go live"));
    }

    private static DateRange march() {
        return ContractPeriod.month(month("2026-03")).days();
    }
}
