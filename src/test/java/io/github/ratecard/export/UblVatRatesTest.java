package io.github.ratecard.export;

import static io.github.ratecard.export.UblSamples.BUYER;
import static io.github.ratecard.export.UblSamples.SELLER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The UBL of an invoice whose lines have three VAT rates (19 % work, a 7 % expense, an exempt line): one tax subtotal per
 * category and rate, each rounded once, the exemption reason on the exempt one, each line classified at its own rate, and
 * totals that add the breakdown's tax, as the invoice's own totals do.
 */
public class UblVatRatesTest {

    private static final Pattern SUBTOTAL = Pattern.compile("<cac:TaxSubtotal>.*?TaxableAmount[^>]*>([^<]+)<.*?TaxAmount[^>]*>([^<]+)<.*?<cbc:ID>([A-Z]+)</cbc:ID>"
            + "<cbc:Percent>([^<]+)</cbc:Percent>(?:<cbc:TaxExemptionReason>([^<]+)</cbc:TaxExemptionReason>)?");
    private static final Pattern LINE_CATEGORY = Pattern.compile("<cac:ClassifiedTaxCategory><cbc:ID>([A-Z]+)</cbc:ID><cbc:Percent>([^<]+)</cbc:Percent>");

    @Test
    public void invoice_shouldHaveOneTaxSubtotalPerCategoryAndRate() {
        assertEquals(List.of("90.00 17.10 S 19", "30.05 2.10 S 7", "12.50 0.00 E 0 Exempt under Article 132(1)(i) of Directive 2006/112/EC"),
                subtotals(xml(UblSamples.mixedRates())));
    }

    @Test
    public void eachLine_shouldBeClassifiedAtItsOwnRate() {
        List<String> categories = new ArrayList<>();
        Matcher matcher = LINE_CATEGORY.matcher(xml(UblSamples.mixedRates()));
        while (matcher.find()) {
            categories.add(matcher.group(1) + " " + matcher.group(2));
        }
        assertEquals(List.of("S 19", "S 7", "E 0"), categories);
    }

    @Test
    public void totals_shouldAddTheBreakdownsTaxAsTheInvoiceDoes() {
        String xml = xml(UblSamples.mixedRates());

        assertTrue(xml, xml.contains("<cac:TaxTotal><cbc:TaxAmount currencyID=\"EUR\">19.20</cbc:TaxAmount>"));
        assertTrue(xml, xml.contains("<cbc:TaxInclusiveAmount currencyID=\"EUR\">151.75</cbc:TaxInclusiveAmount>"));
        assertEquals("19.20", UblSamples.mixedRates().totals().tax().toDecimal().toPlainString());
    }

    @Test
    public void creditNote_shouldWriteTheSameBreakdownPositive() {
        assertEquals(List.of("90.00 17.10 S 19", "30.05 2.10 S 7", "12.50 0.00 E 0 Exempt under Article 132(1)(i) of Directive 2006/112/EC"),
                subtotals(xml(UblSamples.mixedRatesCreditNote())));
    }

    private static String xml(io.github.ratecard.invoice.Invoice invoice) {
        return new String(UblSamples.ubl(invoice, SELLER, BUYER), StandardCharsets.UTF_8);
    }

    private static List<String> subtotals(String xml) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SUBTOTAL.matcher(xml);
        while (matcher.find()) {
            found.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3) + " " + matcher.group(4)
                    + (matcher.group(5) == null ? "" : " " + matcher.group(5)));
        }
        return found;
    }
}
