package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.app.ContractService;
import io.github.ratecard.app.ContractThresholdService;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.contract.ThresholdCrossing;
import io.github.ratecard.invoice.InvoicedUsage;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.store.AoContractThresholds;
import io.github.ratecard.testing.kits.InvoiceKit;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * The contract panel of the Budget page on a real database, against figures worked out by hand: ACME (EUR, 60 EUR an
 * hour at the rate card) in November 2026, the month of the kit's clock. Work is logged by the whole hour.
 */
public class ContractPanelTest {

    private static final long H = 3600;
    private static final Retainer RETAINER = Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("1000", "EUR"), 10 * H,
            Rollover.upTo(5 * H), HourlyRate.parse("85", "EUR"));

    private final InvoiceKit kit = new InvoiceKit();
    private final ContractStore contracts = kit.rateCard.app.bean(ContractStore.class);
    private final AoContractThresholds thresholds = kit.rateCard.app.bean(AoContractThresholds.class);
    private final ContractPanel target = new ContractPanel(kit.rateCard.app.bean(ContractService.class),
            kit.rateCard.app.bean(ContractThresholdService.class), kit.rateCard.app.bean(InvoicedUsage.class), new BundleI18n(() -> Locale.ENGLISH),
            () -> Locale.ENGLISH);
    private long nextWorklog = 1;

    @After
    public void tearDown() {
        kit.close();
    }

    /**
     * October: 10 h prepaid, 7 h used, 3 h closing (under the 5 h rollover limit). November: 3 h opening + 10 h prepaid
     * = 13 h, 14 h used: 13 h covered, 1 h overage at 85 EUR, nothing left; 14 / 13 = 107.7 % of the balance.
     */
    @Test
    public void retainer_shouldShowThisPeriodsBalanceInHoursAndMoney() {
        contract("2026-10", RETAINER);
        work("2026-10-05", 7);
        work("2026-11-02", 7, 7);

        ContractPanelView panel = target.of("ACME", "Acme").orElseThrow();

        assertEquals(Map.of(
                "opening", List.of("3", ""),
                "prepaid", List.of("10", "€1,000.00"),
                "adjustments", List.of("0", ""),
                "used", List.of("14", ""),
                "overage", List.of("1", "€85.00"),
                "expired", List.of("0", ""),
                "rolledOver", List.of("0", ""),
                "closing", List.of("0", "")), cells(panel.getTables().get(0)));
        assertTrue(panel.getSummary(), panel.getSummary().endsWith("period 2026-11: 107.7 % of the balance used"));
    }

    /** 10 h at 60 EUR = 600 EUR of work against a cap of 500 EUR a month: 500 billed, 100 written off, nothing remaining. */
    @Test
    public void cap_shouldShowWhatWasBilledAndWrittenOffThisPeriod() {
        contract("2026-11", new Cap(Money.parse("500", "EUR"), CapScope.MONTH));
        work("2026-11-02", 5, 5);

        ContractPanelView panel = target.of("ACME", "Acme").orElseThrow();

        assertEquals(Map.of(
                "limit", List.of("€500.00"),
                "workValue", List.of("€600.00"),
                "billed", List.of("€500.00"),
                "writtenOff", List.of("€100.00"),
                "consumed", List.of("€500.00"),
                "remaining", List.of("€0.00")), cells(panel.getTables().get(0)));
        assertEquals("over", panel.getTables().get(0).getRows().get(3).getState());
    }

    /** May's instalment was billed by May's issued invoice; the milestone resolved on 20 November is due; December's is upcoming. */
    @Test
    public void fixedFee_shouldShowEachInstalmentBilledDueOrUpcoming() {
        kit.resolved.put("ACME-7", LocalDate.parse("2026-11-20"));
        contract("2026-05", new FixedFee(List.of(
                new Instalment("Kick-off", Money.parse("4000", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-05-31"))),
                new Instalment("Launch", Money.parse("6000", "EUR"), new InstalmentDue.OnMilestone("ACME-7")),
                new Instalment("Hypercare", Money.parse("2000", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-12-31"))))));
        work("2026-05-04", 3);
        kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.parse("2026-06-01"), null, "fiona");

        ContractPanelView panel = target.of("ACME", "Acme").orElseThrow();

        assertEquals(List.of(
                List.of("Kick-off", "€4,000.00", "May 31, 2026", "Billed"),
                List.of("Launch", "€6,000.00", "milestone ACME-7, resolved Nov 20, 2026", "Due, not billed yet"),
                List.of("Hypercare", "€2,000.00", "Dec 31, 2026", "Upcoming")), labelledCells(panel.getTables().get(0)));
    }

    @Test
    public void accountWithoutContract_shouldHaveNoPanel() {
        assertEquals(Optional.empty(), target.of("ACME", "Acme"));
    }

    @Test
    public void thresholdsAndTheAlertOfThisPeriod_shouldBeShown() {
        contract("2026-11", RETAINER);
        thresholds.save(new ContractThresholds("ACME", List.of(80, 100), List.of(), "fiona"));
        thresholds.insert(new ThresholdCrossing("ACME", ThresholdCrossing.Kind.RETAINER, ContractPeriod.month(YearMonth.of(2026, 11)), 80,
                Optional.of(new BigDecimal("83.5")), Instant.parse("2026-11-20T10:00:00Z")));

        ContractPanelView panel = target.of("ACME", "Acme").orElseThrow();

        assertEquals("Alerts at 80 %, 100 % of the retainer balance and – of the cap.", panel.getThresholds());
        assertEquals("The retainer balance reached 80 % in 2026-11 (83.5 % used).", panel.getAlert());
    }

    @Test
    public void anAlertOfAnEarlierPeriod_shouldNotBeShown() {
        contract("2026-10", RETAINER);
        thresholds.insert(new ThresholdCrossing("ACME", ThresholdCrossing.Kind.RETAINER, ContractPeriod.month(YearMonth.of(2026, 10)), 80,
                Optional.of(new BigDecimal("83.5")), Instant.parse("2026-10-20T10:00:00Z")));

        assertTrue(target.of("ACME", "Acme").orElseThrow().getAlert().isEmpty());
    }

    private void contract(String from, ContractTerms terms) {
        YearMonth first = YearMonth.parse(from);
        contracts.save(new Contract("ACME", java.util.Currency.getInstance("EUR"), first, Optional.empty(), List.of(new DatedTerms(first, terms))));
    }

    private void work(String first, long... hours) {
        LocalDate day = LocalDate.parse(first);
        for (long each : hours) {
            long id = nextWorklog++;
            kit.log(id, 1 + id % 20, day + "T09:00:00Z", each * H);
            day = day.plusDays(1);
        }
    }

    private static Map<String, List<String>> cells(PageTable table) {
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        table.getRows().forEach(row -> byRow.put(row.getId(), row.getCells()));
        return byRow;
    }

    private static List<List<String>> labelledCells(PageTable table) {
        return table.getRows().stream().map(row -> {
            List<String> all = new java.util.ArrayList<>(List.of(row.getLabel()));
            all.addAll(row.getCells());
            return List.copyOf(all);
        }).toList();
    }
}
