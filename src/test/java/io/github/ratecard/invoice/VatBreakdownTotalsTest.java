package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The totals of an invoice whose lines have several VAT rates, computed by hand: each row gives the invoice's rate, the
 * lines ("amount" at the invoice's rate, "amount@S7" at a VAT of their own), the breakdown expected ("category percent
 * taxable tax" per group, in the order the lines first name them) and the invoice's tax. Each group's tax is its taxable
 * sum × its rate rounded half-up once (EN 16931 BR-CO-17); the invoice's tax is the sum of the groups' (BR-CO-14), never
 * the rounded tax of the lines' sum nor a sum of taxes rounded per line.
 */
@RunWith(Parameterized.class)
public class VatBreakdownTotalsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Parameterized.Parameters(name = "{0}")
    public static Object[][] cases() {
        return new Object[][] {
            {"one rate: the tax of the subtotal, as invoices always were", "19", "90.00 30.00", "S 19 120.00 22.80", "22.80"},
            {"a reduced-rate expense and an exempt line next to work", "19", "100.00 50.00@S7 20.00@E0", "S 19 100.00 19.00|S 7 50.00 3.50|E 0 20.00 0.00", "22.50"},
            {"each group rounds half-up once: 0.095 and 0.035 give 0.14, not the 0.13 of the exact sum", "19", "0.50 0.50@S7", "S 19 0.50 0.10|S 7 0.50 0.04", "0.14"},
            {"a half cent rounds up: 7 % of 12.50 is 0.875", "19", "12.50@S7", "S 7 12.50 0.88", "0.88"},
            {"lines of one rate are taxed together, not line by line (0.04 + 0.04 would be 0.08)", "19", "0.50@S7 0.50@S7", "S 7 1.00 0.07", "0.07"},
            {"a line's own VAT at the invoice's rate joins the invoice's group", "19", "0.50 0.50@S19", "S 19 1.00 0.19", "0.19"},
            {"a credit note's groups round away from zero like the invoice's", "19", "-0.50 -0.50@S7", "S 19 -0.50 -0.10|S 7 -0.50 -0.04", "-0.14"},
            {"an invoice at 0 % is zero rated, and a zero-rated line joins it", "0", "40.00 10.00@Z0", "Z 0 50.00 0.00", "0.00"},
            {"a discount lowers its own group only", "19", "200.00 -20.00 33.33@S7", "S 19 180.00 34.20|S 7 33.33 2.33", "36.53"},
            {"no lines: no group and no tax", "19", "", "", "0.00"},
        };
    }

    private final String invoiceRate;
    private final String lines;
    private final String breakdown;
    private final String tax;

    public VatBreakdownTotalsTest(String rule, String invoiceRate, String lines, String breakdown, String tax) {
        this.invoiceRate = invoiceRate;
        this.lines = lines;
        this.breakdown = breakdown;
        this.tax = tax;
    }

    @Test
    public void breakdown_shouldGroupByCategoryAndRateAndRoundEachGroupOnce() {
        InvoiceTotals totals = InvoiceTotals.of(lines(), new BigDecimal(invoiceRate), EUR);

        assertEquals(breakdown, describe(totals.vatBreakdown()));
    }

    @Test
    public void tax_shouldBeTheSumOfTheGroupsAndTheTotalSubtotalPlusTax() {
        InvoiceTotals totals = InvoiceTotals.of(lines(), new BigDecimal(invoiceRate), EUR);

        assertEquals(tax, totals.tax().toDecimal().toPlainString());
        assertEquals(0, totals.total().compareTo(totals.subtotal().plus(totals.tax())));
    }

    private List<InvoiceLine> lines() {
        List<InvoiceLine> built = new ArrayList<>();
        for (String line : lines.isEmpty() ? new String[0] : lines.split(" ")) {
            String[] parts = line.split("@");
            Money amount = Money.parse(parts[0], "EUR");
            Optional<LineVat> vat = parts.length == 1 ? Optional.empty()
                    : Optional.of(new LineVat(parts[1].substring(0, 1), new BigDecimal(parts[1].substring(1)), parts[1].startsWith("E") ? "Art. 132 VAT Directive" : ""));
            built.add(new InvoiceLine(0, LineKind.MANUAL, "MANUAL:" + built.size(), "Line " + built.size(), BigDecimal.ONE, amount.toDecimal(), amount, 0, 0)
                    .withVat(vat));
        }
        return built;
    }

    private static String describe(List<VatSubtotal> groups) {
        return String.join("|", groups.stream().map(group -> group.category() + " " + group.percent().stripTrailingZeros().toPlainString() + " "
                + group.taxable().toDecimal().toPlainString() + " " + group.tax().toDecimal().toPlainString()).toList());
    }
}
