package io.github.ratecard.einvoice;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.Test;

/** One group per VAT category and rate, each taxed once, the document's tax their sum. */
public class VatBreakdownTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final VatBreakdown.VatClass STANDARD = new VatBreakdown.VatClass(VatCategory.S, new BigDecimal("19.00"), "", "");
    private static final VatBreakdown.VatClass REDUCED = new VatBreakdown.VatClass(VatCategory.S, new BigDecimal("7"), "", "");
    private static final VatBreakdown.VatClass EXEMPT = new VatBreakdown.VatClass(VatCategory.E, BigDecimal.ZERO, "VATEX-EU-132-1I", "Article 132");

    @Test
    public void linesAtTwoRatesAndAnExemption_shouldMakeThreeGroupsInTheOrderTheLinesNameThem() {
        VatBreakdown breakdown = VatBreakdown.of(List.of(amount(STANDARD, "100.00"), amount(REDUCED, "10.05"), amount(STANDARD, "0.05"),
                amount(EXEMPT, "40.00")), EUR);

        assertEquals(List.of(STANDARD, REDUCED, EXEMPT), breakdown.groups().stream().map(VatBreakdown.Group::vat).toList());
        assertEquals(Money.parse("100.05", "EUR"), breakdown.groups().get(0).taxable());
        assertEquals("19 % of 100.05, rounded half-up once for the group", Money.parse("19.01", "EUR"), breakdown.groups().get(0).tax());
        assertEquals("7 % of 10.05 = 0.7035", Money.parse("0.70", "EUR"), breakdown.groups().get(1).tax());
        assertEquals(Money.parse("0.00", "EUR"), breakdown.groups().get(2).tax());
        assertEquals(Money.parse("19.71", "EUR"), breakdown.tax());
    }

    @Test
    public void theSameRateWrittenTwoWays_shouldBeOneGroup() {
        VatBreakdown breakdown = VatBreakdown.of(List.of(amount(STANDARD, "1.00"), amount(new VatBreakdown.VatClass(VatCategory.S,
                new BigDecimal("19"), "", ""), "2.00")), EUR);

        assertEquals(1, breakdown.groups().size());
    }

    @Test
    public void exemptCategoryWithoutFinancesCode_shouldCarryTheEusDefaultCode() {
        assertEquals("VATEX-EU-AE", new VatBreakdown.VatClass(VatCategory.AE, BigDecimal.ZERO, "", "").reasonCode());
        assertEquals("", new VatBreakdown.VatClass(VatCategory.S, BigDecimal.TEN, "VATEX-EU-AE", "x").reasonCode());
    }

    private static VatBreakdown.TaxedAmount amount(VatBreakdown.VatClass vat, String amount) {
        return new VatBreakdown.TaxedAmount(vat, Money.parse(amount, "EUR"));
    }
}
