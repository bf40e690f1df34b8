package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.contract;
import static io.github.ratecard.contract.ContractFixtures.eur;
import static io.github.ratecard.contract.ContractFixtures.from;
import static io.github.ratecard.contract.ContractFixtures.hours;
import static io.github.ratecard.contract.ContractFixtures.month;
import static io.github.ratecard.contract.ContractFixtures.monthly;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ContractFiguresTest {

    private final Map<YearMonth, Long> usedHours = new HashMap<>();
    private final Map<String, LocalDate> resolved = new HashMap<>();
    private final ContractFigures target = new ContractFigures(this::usage, keys -> resolved);

    @Test
    public void retainerLedger_shouldRunThroughTheGivenMonthOnly() {
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", monthly("10", Rollover.NONE)));

        assertEquals(List.of(month("2026-01"), month("2026-02"), month("2026-03")),
                target.retainerLedger(contract, month("2026-03"), List.of()).stream().map(row -> row.period().first()).toList());
    }

    @Test
    public void retainerLedger_shouldCountEachPeriodsUsage() {
        usedHours.put(month("2026-02"), 12L);
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", monthly("10", Rollover.upTo(hours("5")))));

        List<RetainerBalance> rows = target.retainerLedger(contract, month("2026-02"), List.of());

        assertEquals(hours("5"), rows.get(1).openingSeconds());
        assertEquals(0, rows.get(1).overageSeconds());
        assertEquals(hours("3"), rows.get(1).closingSeconds());
    }

    @Test
    public void retainerLedger_aChangeOfFee_shouldKeepTheBalance() {
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", monthly("10", Rollover.upTo(hours("5")))),
                from("2026-02", monthly("20", Rollover.upTo(hours("5")))));

        List<RetainerBalance> rows = target.retainerLedger(contract, month("2026-02"), List.of());

        assertEquals(hours("5"), rows.get(1).openingSeconds());
        assertEquals(hours("20"), rows.get(1).prepaidSeconds());
    }

    @Test
    public void retainerLedger_whenTheRetainerEnds_shouldLapseTheBalanceAndTheNextOneOpensEmpty() {
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", monthly("10", Rollover.upTo(hours("5")))),
                from("2026-02", TimeAndMaterials.INSTANCE), from("2026-03", monthly("10", Rollover.upTo(hours("5")))));

        List<RetainerBalance> rows = target.retainerLedger(contract, month("2026-03"), List.of());

        assertEquals(List.of(month("2026-01"), month("2026-03")), rows.stream().map(row -> row.period().first()).toList());
        assertEquals(hours("10"), rows.get(0).expiredSeconds());
        assertEquals(0, rows.get(1).openingSeconds());
    }

    @Test
    public void retainerLedger_shouldCountAnAdjustmentInThePeriodOfItsMonth() {
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", monthly("10", Rollover.NONE)));
        BalanceAdjustment bonus = BalanceAdjustment.unsaved("ACME", month("2026-02"), hours("2"), "Goodwill for the outage", "fin", Instant.EPOCH);

        List<RetainerBalance> rows = target.retainerLedger(contract, month("2026-02"), List.of(bonus));

        assertEquals(List.of(0L, hours("2")), rows.stream().map(RetainerBalance::adjustmentSeconds).toList());
    }

    @Test
    public void capConsumption_shouldStartEachCapTermsAfresh() {
        usedHours.put(month("2026-01"), 30L);
        usedHours.put(month("2026-02"), 30L);
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", new Cap(eur("2000.00"), CapScope.TOTAL)),
                from("2026-02", new Cap(eur("2000.00"), CapScope.TOTAL)));

        List<CapConsumption> rows = target.capConsumption(contract, month("2026-02"));

        assertEquals(List.of(eur("1000.00"), eur("1000.00")), rows.stream().map(CapConsumption::writtenOff).toList());
    }

    @Test
    public void schedule_shouldUseTheMilestonesResolutionDay() {
        resolved.put("SHOP-7", LocalDate.of(2026, 4, 2));
        FixedFee fee = new FixedFee(List.of(new Instalment("Launch", eur("900.00"), new InstalmentDue.OnMilestone("SHOP-7"))));
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", fee));

        InstalmentStatus status = target.schedule(contract, LocalDate.of(2026, 4, 2)).get(0);

        assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), status.dueOn());
        assertEquals(true, status.due());
    }

    /** Every hour is worth 100.00 EUR. */
    private List<PeriodUsage> usage(String accountKey, List<ContractPeriod> periods) {
        return periods.stream().map(period -> {
            long used = usedHours.getOrDefault(period.first(), 0L);
            return new PeriodUsage(used * 3600, eur(used * 100 + ".00"));
        }).toList();
    }
}
