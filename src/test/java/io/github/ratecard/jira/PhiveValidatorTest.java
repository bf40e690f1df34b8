package io.github.ratecard.jira;

import static io.github.ratecard.export.UblSamples.BUYER;
import static io.github.ratecard.export.UblSamples.SELLER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.FailedRule;
import io.github.ratecard.einvoice.RuleSet;
import io.github.ratecard.einvoice.RuleSetResult;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.export.UblSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The UBL the app writes, checked by the official rule sets as phive packages them: complete documents pass, each gap
 * fails with the rule that names it, and a broken document fails with its rule's id, place and words.
 */
public class PhiveValidatorTest {

    /** One validator for the class: its rule sets are compiled once, as on a node. */
    private static final PhiveValidator VALIDATOR = new PhiveValidator();

    @Test
    public void completeInvoice_shouldPassEn16931AndPeppolBis3() {
        byte[] ubl = UblSamples.ubl(UblSamples.invoice("19"), SELLER, BUYER);

        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        assertEquals(List.of(), errors(ubl, RuleSet.PEPPOL_BIS3));
    }

    @Test
    public void completeCreditNote_shouldPassEn16931AndPeppolBis3() {
        byte[] ubl = UblSamples.ubl(UblSamples.creditNote("19"), SELLER, BUYER);

        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        assertEquals(List.of(), errors(ubl, RuleSet.PEPPOL_BIS3));
    }

    @Test
    public void invoiceWithThreeVatRates_shouldPassEn16931AndPeppolBis3() {
        byte[] ubl = UblSamples.ubl(UblSamples.mixedRates(), SELLER, BUYER);

        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        assertEquals(List.of(), errors(ubl, RuleSet.PEPPOL_BIS3));
    }

    @Test
    public void creditNoteWithThreeVatRates_shouldPassEn16931AndPeppolBis3() {
        byte[] ubl = UblSamples.ubl(UblSamples.mixedRatesCreditNote(), SELLER, BUYER);

        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        assertEquals(List.of(), errors(ubl, RuleSet.PEPPOL_BIS3));
    }

    @Test
    public void reverseChargeAndExportInvoices_shouldPassWithTheirExemptionReasons() {
        for (String category : List.of("AE", "G", "K", "Z")) {
            byte[] ubl = UblSamples.ubl(UblSamples.invoice("0"), SELLER, UblSamples.buyer(category, "", "", false));

            assertEquals(category, List.of(), errors(ubl, RuleSet.EN16931));
            assertEquals(category, List.of(), errors(ubl, RuleSet.PEPPOL_BIS3));
        }
    }

    @Test
    public void exemptInvoice_shouldPassWithFinancesReason() {
        byte[] ubl = UblSamples.ubl(UblSamples.invoice("0"), SELLER, UblSamples.buyer("E", "VATEX-EU-132-1I", "Exempt under Article 132(1)(i)", false));

        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        assertEquals(List.of(), errors(ubl, RuleSet.PEPPOL_BIS3));
    }

    @Test
    public void invoiceWithoutReferencesOrElectronicAddresses_shouldFailPeppolNamingEachGap() {
        byte[] ubl = UblSamples.ubl(UblSamples.invoice("19"), SellerEInvoicing.NONE, BuyerEInvoicing.none("ACME"));

        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        Set<String> failed = errors(ubl, RuleSet.PEPPOL_BIS3).stream().map(FailedRule::id).collect(Collectors.toSet());
        assertTrue(failed.toString(), failed.containsAll(Set.of("PEPPOL-EN16931-R003", "PEPPOL-EN16931-R010", "PEPPOL-EN16931-R020")));
    }

    @Test
    public void documentWithAWrongTotal_shouldFailBrCo15WithItsPlaceAndWords() {
        String ubl = new String(UblSamples.ubl(UblSamples.invoice("19"), SELLER, BUYER), StandardCharsets.UTF_8);
        String broken = ubl.replace("<cbc:TaxInclusiveAmount currencyID=\"EUR\">142.80</cbc:TaxInclusiveAmount>",
                "<cbc:TaxInclusiveAmount currencyID=\"EUR\">150.00</cbc:TaxInclusiveAmount>");
        assertFalse("the sample's total is 142.80", broken.equals(ubl));

        RuleSetResult result = VALIDATOR.validate(broken.getBytes(StandardCharsets.UTF_8), RuleSet.EN16931);

        assertFalse(result.valid());
        FailedRule rule = result.errors().stream().filter(r -> r.id().equals("BR-CO-15")).findFirst().orElseThrow(() -> new AssertionError(result));
        assertTrue(rule.text(), rule.text().contains("Invoice total amount with VAT (BT-112)"));
        assertTrue(rule.location(), rule.location().contains("Invoice"));
    }

    @Test
    public void xrechnungInvoice_shouldPassEn16931AndXRechnung() {
        byte[] ubl = UblSamples.ubl(UblSamples.invoice("19"), SELLER, UblSamples.buyer("", "", "", true));

        assertTrue(new String(ubl, StandardCharsets.UTF_8).contains("xeinkauf.de:kosit:xrechnung_3.0"));
        assertEquals(List.of(), errors(ubl, RuleSet.EN16931));
        assertEquals(List.of(), errors(ubl, RuleSet.XRECHNUNG));
    }

    @Test
    public void xrechnungInvoiceWithoutTheSellersContact_shouldFailXRechnung() {
        SellerEInvoicing noContact = SellerEInvoicing.checked("DE89370400440532013000", "", "9930", "DE811907980", "", "", "");
        byte[] ubl = UblSamples.ubl(UblSamples.invoice("19"), noContact, UblSamples.buyer("", "", "", true));

        Set<String> failed = errors(ubl, RuleSet.XRECHNUNG).stream().map(FailedRule::id).collect(Collectors.toSet());
        assertTrue(failed.toString(), failed.contains("BR-DE-2"));
    }

    @Test
    public void textThatIsNoXml_shouldFailAsNoUblDocument() {
        RuleSetResult result = VALIDATOR.validate("<Invoice><unclosed></Invoice>".getBytes(StandardCharsets.UTF_8), RuleSet.EN16931);

        assertEquals(List.of("XML"), result.errors().stream().map(FailedRule::id).toList());
    }

    private static List<FailedRule> errors(byte[] ubl, RuleSet ruleSet) {
        return VALIDATOR.validate(ubl, ruleSet).errors();
    }
}
