package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.contract;
import static io.github.ratecard.contract.ContractFixtures.eur;
import static io.github.ratecard.contract.ContractFixtures.from;
import static io.github.ratecard.contract.ContractFixtures.hours;
import static io.github.ratecard.contract.ContractFixtures.money;
import static io.github.ratecard.contract.ContractFixtures.month;
import static io.github.ratecard.contract.ContractFixtures.monthly;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** Retainers as finance sets them up: currencies, quarters, contract changes and overage prices. */
public class RetainerScenariosTest {

    private final Map<YearMonth, Long> usedSeconds = new HashMap<>();
    private final ContractFigures target = new ContractFigures(this::usage, keys -> Map.of());

    @Test
    public void overage_atTheRetainersRate_shouldBePricedOnce() {
        usedSeconds.put(month("2026-05"), hours("131.5"));
        Contract contract = contract("2026-05", Optional.empty(), from("2026-05", monthly("120", Rollover.NONE)));

        RetainerBalance may = target.retainerLedger(contract, month("2026-05"), List.of()).get(0);

        assertEquals(hours("11.5"), may.overageSeconds());
        assertEquals(Optional.of(eur("977.50")), may.overageAmount());
    }

    @Test
    public void overage_atTheRateCard_shouldHaveNoAmountOfItsOwn() {
        usedSeconds.put(month("2026-05"), hours("12"));
        Retainer atRateCard = Retainer.atRateCard(PeriodLength.MONTH, eur("800.00"), hours("10"), Rollover.NONE);
        Contract contract = contract("2026-05", Optional.empty(), from("2026-05", atRateCard));

        RetainerBalance may = target.retainerLedger(contract, month("2026-05"), List.of()).get(0);

        assertEquals(hours("2"), may.overageSeconds());
        assertEquals(Optional.empty(), may.overageAmount());
    }

    @Test
    public void jpyRetainer_shouldPriceOverageInWholeYen() {
        usedSeconds.put(month("2026-05"), hours("101") + 20 * 60);
        Retainer yen = Retainer.withOverageRate(PeriodLength.MONTH, money("1200000 JPY"), hours("100"), Rollover.NONE,
                HourlyRate.parse("9500", "JPY"));
        Contract contract = new Contract("TOKYO", yen.fee().currency(), month("2026-05"), Optional.empty(), List.of(from("2026-05", yen)));

        RetainerBalance may = target.retainerLedger(contract, month("2026-05"), List.of()).get(0);

        assertEquals(Optional.of(money("12667 JPY")), may.overageAmount());
        assertEquals(money("1200000 JPY"), may.fee());
    }

    @Test
    public void quarterlyRetainer_shouldCountInCalendarQuarters() {
        usedSeconds.put(month("2026-01"), hours("250"));
        usedSeconds.put(month("2026-04"), hours("340"));
        Retainer quarterly = Retainer.withOverageRate(PeriodLength.QUARTER, eur("27000.00"), hours("300"), Rollover.upTo(hours("30")),
                HourlyRate.parse("95", "EUR"));
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", quarterly));

        List<RetainerBalance> rows = target.retainerLedger(contract, month("2026-05"), List.of());

        assertEquals(List.of(new ContractPeriod(month("2026-01"), month("2026-03")), new ContractPeriod(month("2026-04"), month("2026-06"))),
                rows.stream().map(RetainerBalance::period).toList());
        assertEquals(hours("20"), rows.get(0).expiredSeconds());
        assertEquals(hours("30"), rows.get(1).openingSeconds());
        assertEquals(hours("10"), rows.get(1).overageSeconds());
        assertEquals(Optional.of(eur("950.00")), rows.get(1).overageAmount());
    }

    @Test
    public void aChangeAskedForMidMonth_shouldEndTheRetainerWithThatMonth() {
        Contract retainer = contract("2026-03", Optional.empty(), from("2026-03", monthly("10", Rollover.upTo(hours("10")))));
        Contract changed = retainer.changedOn(LocalDate.of(2026, 5, 14), new Cap(eur("5000.00"), CapScope.MONTH));

        List<RetainerBalance> rows = target.retainerLedger(changed, month("2026-07"), List.of());

        assertEquals(month("2026-05"), rows.get(rows.size() - 1).period().first());
        assertEquals(hours("20"), rows.get(rows.size() - 1).expiredSeconds());
        assertEquals(0, rows.get(rows.size() - 1).closingSeconds());
        assertEquals(month("2026-06"), target.capConsumption(changed, month("2026-07")).get(0).period().first());
    }

    @Test
    public void aContractThatEnds_shouldLetTheBalanceLapseInItsLastPeriod() {
        Contract ending = contract("2026-01", Optional.of("2026-02"), from("2026-01", monthly("10", Rollover.upTo(hours("10")))));

        List<RetainerBalance> rows = target.retainerLedger(ending, month("2026-06"), List.of());

        assertEquals(2, rows.size());
        assertEquals(hours("20"), rows.get(1).expiredSeconds());
    }

    @Test
    public void quarterlyCap_shouldStartAfreshEachQuarter() {
        usedSeconds.put(month("2026-01"), hours("1"));
        usedSeconds.put(month("2026-04"), hours("1"));
        Contract contract = contract("2026-01", Optional.empty(), from("2026-01", new Cap(eur("60.00"), CapScope.QUARTER)));

        List<CapConsumption> rows = target.capConsumption(contract, month("2026-04"));

        assertEquals(List.of(eur("40.00"), eur("40.00")), rows.stream().map(CapConsumption::writtenOff).toList());
    }

    /** Every hour is worth 100.00 in the period's first month. */
    private List<PeriodUsage> usage(String accountKey, List<ContractPeriod> periods) {
        return periods.stream().map(period -> {
            long used = usedSeconds.getOrDefault(period.first(), 0L);
            return new PeriodUsage(used, Money.rounded(java.math.BigDecimal.valueOf(used).divide(java.math.BigDecimal.valueOf(36), 2, java.math.RoundingMode.HALF_UP),
                    accountKey.equals("TOKYO") ? money("0 JPY").currency() : eur("0").currency()));
        }).toList();
    }
}
