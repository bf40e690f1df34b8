package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.eur;
import static io.github.ratecard.contract.ContractFixtures.month;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.money.Money;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** Each expected period reads {@code value = billed + written off, remaining}, in EUR. */
public class CapLedgerTest {

    private static final List<ContractPeriod> THREE_MONTHS = List.of(ContractPeriod.month(month("2026-01")),
            ContractPeriod.month(month("2026-02")), ContractPeriod.month(month("2026-03")));

    @Test
    public void perMonthCap_shouldWriteOffWhatEachMonthBillsBeyondIt() {
        Cap cap = new Cap(eur("1000.00"), CapScope.MONTH);

        assertEquals("800.00 = 800.00 + 0.00, 200.00 | 1250.00 = 1000.00 + 250.00, 0.00 | 1000.00 = 1000.00 + 0.00, 0.00",
                describe(CapLedger.compute(cap, THREE_MONTHS, values("800.00", "1250.00", "1000.00"))));
    }

    @Test
    public void totalCap_shouldRunOverAllPeriods() {
        Cap cap = new Cap(eur("2000.00"), CapScope.TOTAL);

        assertEquals("800.00 = 800.00 + 0.00, 1200.00 | 1250.00 = 1200.00 + 50.00, 0.00 | 300.00 = 0.00 + 300.00, 0.00",
                describe(CapLedger.compute(cap, THREE_MONTHS, values("800.00", "1250.00", "300.00"))));
    }

    @Test
    public void totalCap_aCorrection_shouldGiveRoomBack() {
        Cap cap = new Cap(eur("1000.00"), CapScope.TOTAL);

        assertEquals("1000.00 = 1000.00 + 0.00, 0.00 | -100.00 = -100.00 + 0.00, 100.00 | 150.00 = 100.00 + 50.00, 0.00",
                describe(CapLedger.compute(cap, THREE_MONTHS, values("1000.00", "-100.00", "150.00"))));
    }

    @Test
    public void cap_zeroUsage_shouldLeaveItWhole() {
        Cap cap = new Cap(eur("1000.00"), CapScope.TOTAL);

        assertEquals("0.00 = 0.00 + 0.00, 1000.00", describe(CapLedger.compute(cap, THREE_MONTHS.subList(0, 1), values("0.00"))));
    }

    private static List<Money> values(String... amounts) {
        return Arrays.stream(amounts).map(ContractFixtures::eur).toList();
    }

    private static String describe(List<CapConsumption> rows) {
        return rows.stream().map(row -> plain(row.workValue()) + " = " + plain(row.billed()) + " + " + plain(row.writtenOff()) + ", " + plain(row.remaining()))
                .collect(Collectors.joining(" | "));
    }

    private static String plain(Money amount) {
        return amount.toDecimal().toPlainString();
    }
}
