package io.github.ratecard.contract;

import static io.github.ratecard.contract.ContractFixtures.contract;
import static io.github.ratecard.contract.ContractFixtures.eur;
import static io.github.ratecard.contract.ContractFixtures.from;
import static io.github.ratecard.contract.ContractFixtures.money;
import static io.github.ratecard.contract.ContractFixtures.month;
import static io.github.ratecard.contract.ContractFixtures.monthly;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ContractTest {

    private static final Retainer RETAINER = monthly("120", Rollover.upTo(ContractFixtures.hours("20")));
    private static final Cap QUARTER_CAP = new Cap(eur("30000.00"), CapScope.QUARTER);

    @Test
    public void termsIn_shouldBeTimeAndMaterialsOutsideTheContract() {
        Contract target = contract("2026-03", Optional.of("2026-08"), from("2026-03", RETAINER));

        assertEquals(TimeAndMaterials.INSTANCE, target.termsIn(month("2026-02")));
        assertEquals(RETAINER, target.termsIn(month("2026-03")));
        assertEquals(RETAINER, target.termsIn(month("2026-08")));
        assertEquals(TimeAndMaterials.INSTANCE, target.termsIn(month("2026-09")));
    }

    @Test
    public void termsIn_shouldFollowTheDatedTerms() {
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", TimeAndMaterials.INSTANCE), from("2026-04", QUARTER_CAP));

        assertEquals(TimeAndMaterials.INSTANCE, target.termsIn(month("2026-03")));
        assertEquals(QUARTER_CAP, target.termsIn(month("2026-04")));
        assertEquals(QUARTER_CAP, target.termsIn(month("2030-12")));
    }

    @Test
    public void changedOn_midMonth_shouldTakeEffectAtTheNextMonthBoundary() {
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", RETAINER))
                .changedOn(LocalDate.of(2026, 5, 14), TimeAndMaterials.INSTANCE);

        assertEquals(List.of(from("2026-01", RETAINER), from("2026-06", TimeAndMaterials.INSTANCE)), target.terms());
    }

    @Test
    public void changedOn_theFirstOfAMonth_shouldTakeEffectThatMonth() {
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", RETAINER))
                .changedOn(LocalDate.of(2026, 5, 1), TimeAndMaterials.INSTANCE);

        assertEquals(month("2026-05"), target.terms().get(1).from());
    }

    @Test
    public void changedOn_aQuarterlyRetainer_shouldTakeEffectWhenItsQuarterEnds() {
        Retainer quarterly = Retainer.atRateCard(PeriodLength.QUARTER, eur("9000.00"), ContractFixtures.hours("300"), Rollover.NONE);
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", quarterly))
                .changedOn(LocalDate.of(2026, 5, 14), RETAINER);

        assertEquals(month("2026-07"), target.terms().get(1).from());
    }

    @Test
    public void changedOn_shouldReplaceTermsThatWouldStartLater() {
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", RETAINER), from("2026-10", QUARTER_CAP))
                .changedOn(LocalDate.of(2026, 6, 1), TimeAndMaterials.INSTANCE);

        assertEquals(List.of(from("2026-01", RETAINER), from("2026-06", TimeAndMaterials.INSTANCE)), target.terms());
    }

    @Test
    public void contract_termsInAnotherCurrency_shouldBeRefused() {
        Cap dollars = new Cap(money("5000.00 USD"), CapScope.MONTH);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> contract("2026-01", Optional.empty(), from("2026-01", dollars)));

        assertEquals("currency", refused.field());
    }

    @Test
    public void contract_firstTermsAfterItsStart_shouldBeRefused() {
        assertThrows(InvalidInputException.class, () -> contract("2026-01", Optional.empty(), from("2026-02", RETAINER)));
    }

    @Test
    public void contract_termsOutOfOrder_shouldBeRefused() {
        assertThrows(InvalidInputException.class,
                () -> contract("2026-01", Optional.empty(), from("2026-01", RETAINER), from("2026-01", QUARTER_CAP)));
    }

    @Test
    public void contract_termsAfterItsEnd_shouldBeRefused() {
        assertThrows(InvalidInputException.class,
                () -> contract("2026-01", Optional.of("2026-03"), from("2026-01", RETAINER), from("2026-04", TimeAndMaterials.INSTANCE)));
    }

    @Test
    public void contract_quarterlyTermsStartingMidQuarter_shouldBeRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> contract("2026-02", Optional.empty(), from("2026-02", QUARTER_CAP)));

        assertEquals("terms", refused.field());
    }

    @Test
    public void contract_quarterlyTermsEndingMidQuarter_shouldBeRefused() {
        assertThrows(InvalidInputException.class, () -> contract("2026-01", Optional.of("2026-05"), from("2026-01", QUARTER_CAP)));
    }

    @Test
    public void periodOf_shouldBeTheCalendarQuarterUnderQuarterlyTerms() {
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", RETAINER), from("2026-04", QUARTER_CAP));

        assertEquals(ContractPeriod.month(month("2026-02")), target.periodOf(month("2026-02")));
        assertEquals(new ContractPeriod(month("2026-04"), month("2026-06")), target.periodOf(month("2026-05")));
    }

    @Test
    public void spansDuring_shouldListTheTermsOfEachMonthOfThePeriod() {
        Contract target = contract("2026-01", Optional.empty(), from("2026-01", RETAINER), from("2026-04", QUARTER_CAP));

        List<TermsSpan> spans = target.spansDuring(new ContractPeriod(month("2026-03"), month("2026-04")));

        assertEquals(List.of(RETAINER, QUARTER_CAP), spans.stream().map(TermsSpan::terms).toList());
        assertEquals(Optional.of(month("2026-03")), spans.get(0).last());
    }
}
