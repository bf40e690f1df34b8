package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.SellerEInvoicing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Supplier;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * What Peppol BIS 3 and XRechnung ask of a UBL document beyond EN 16931's minimum, one row each: the element the
 * writer puts there, from which setting, and which rule needs it ({@code PhiveValidatorTest} runs the rules themselves).
 */
@RunWith(Parameterized.class)
public class UblGapsTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        BuyerEInvoicing acme = UblSamples.BUYER;
        SellerEInvoicing seller = UblSamples.SELLER;
        return Arrays.asList(new Object[][] {
                {"Peppol's specification and process (PEPPOL-EN16931-R001, R004)", doc("19", seller, acme),
                        "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>"
                                + "<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>", true},
                {"buyer reference BT-10 (PEPPOL-EN16931-R003)", doc("19", seller, acme), "<cbc:BuyerReference>ACME-BPO-2026</cbc:BuyerReference>", true},
                {"order reference BT-13", doc("19", seller, acme), "<cac:OrderReference><cbc:ID>PO-2026-0042</cbc:ID></cac:OrderReference>", true},
                {"seller's electronic address BT-34 (PEPPOL-EN16931-R020)", doc("19", seller, acme),
                        "<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"9930\">DE811907980</cbc:EndpointID>", true},
                {"buyer's electronic address BT-49 (PEPPOL-EN16931-R010)", doc("19", seller, acme),
                        "<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"9957\">FR40303265045</cbc:EndpointID>", true},
                {"credit transfer to the seller's IBAN and BIC (BR-61)", doc("19", seller, acme),
                        "<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>ACME-2026-0001</cbc:PaymentID>"
                                + "<cac:PayeeFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID><cbc:Name>Ratecard BPO GmbH</cbc:Name>"
                                + "<cac:FinancialInstitutionBranch><cbc:ID>COBADEFFXXX</cbc:ID></cac:FinancialInstitutionBranch>", true},
                {"no payment means without an IBAN", doc("19", SellerEInvoicing.NONE, acme), "<cac:PaymentMeans>", false},
                {"seller's contact (XRechnung BR-DE-2, 5, 6, 7)", doc("19", seller, acme),
                        "<cac:Contact><cbc:Name>Accounts receivable</cbc:Name><cbc:Telephone>+49 30 1234567</cbc:Telephone>"
                                + "<cbc:ElectronicMail>invoices@ratecard-bpo.example</cbc:ElectronicMail></cac:Contact>", true},
                {"standard rate breakdown (BR-S-08)", doc("19", seller, acme), "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"EUR\">120.00"
                        + "</cbc:TaxableAmount><cbc:TaxAmount currencyID=\"EUR\">22.80</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"
                        + "<cbc:Percent>19</cbc:Percent><cac:TaxScheme>", true},
                {"zero rate implied at 0 % (BR-Z-08)", doc("0", seller, acme), "<cac:TaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent>"
                        + "<cac:TaxScheme>", true},
                {"reverse charge with its reason code (BR-AE-10)", doc("0", seller, UblSamples.buyer("AE", "", "", false)),
                        "<cbc:ID>AE</cbc:ID><cbc:Percent>0</cbc:Percent><cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>", true},
                {"exemption with finance's words (BR-E-10)", doc("0", seller, UblSamples.buyer("E", "", "Article 132(1)(i)", false)),
                        "<cbc:TaxExemptionReason>Article 132(1)(i)</cbc:TaxExemptionReason>", true},
                {"line category without the reason (reasons belong to the breakdown)", doc("0", seller, UblSamples.buyer("AE", "", "", false)),
                        "<cac:ClassifiedTaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme>", true},
                {"intra-community supply names the country delivered to (BR-IC-12)", doc("0", seller, UblSamples.buyer("K", "", "", false)),
                        "<cac:Delivery><cac:DeliveryLocation><cac:Address><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode>", true},
                {"outside the scope of VAT: no rate (BR-O-05)", doc("0", seller, UblSamples.buyer("O", "", "", false)),
                        "<cbc:ID>O</cbc:ID><cbc:TaxExemptionReasonCode>VATEX-EU-O</cbc:TaxExemptionReasonCode>", true},
                {"outside the scope of VAT: no VAT numbers (BR-O-02)", doc("0", seller, UblSamples.buyer("O", "", "", false)), "<cac:PartyTaxScheme>",
                        false},
                {"XRechnung's specification when the account asks for it (BR-DE-21)", doc("19", seller, UblSamples.buyer("", "", "", true)),
                        "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>", true},
                {"credit note: positive amounts, the credited invoice named", (Supplier<String>) () -> new String(UblSamples.ubl(UblSamples.creditNote("19"),
                        seller, acme), StandardCharsets.UTF_8), "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>ACME-2026-0001</cbc:ID>", true},
        });
    }

    @Parameterized.Parameter(0)
    public String why;
    @Parameterized.Parameter(1)
    public Supplier<String> document;
    @Parameterized.Parameter(2)
    public String expected;
    @Parameterized.Parameter(3)
    public boolean present;

    @Test
    public void document_shouldHoldWhatTheRulesAsk() {
        String xml = document.get();

        assertEquals(xml, present, xml.contains(expected));
    }

    @Test
    public void document_shouldStayOneUblDocument() {
        String xml = document.get();

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertEquals(1, xml.split("<cac:TaxTotal>", -1).length - 1);
    }

    private static Supplier<String> doc(String taxPercent, SellerEInvoicing seller, BuyerEInvoicing buyer) {
        return () -> new String(UblSamples.ubl(UblSamples.invoice(taxPercent), seller, buyer), StandardCharsets.UTF_8);
    }
}
