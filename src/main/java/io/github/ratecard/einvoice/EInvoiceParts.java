package io.github.ratecard.einvoice;

import java.util.List;

/**
 * The e-invoice terms one document is written with: the seller's and the account's. An account that asks for XRechnung
 * gets documents of that specification, checked against EN 16931 and XRechnung; every other account's follow Peppol
 * BIS Billing 3.0, checked against EN 16931 and Peppol (a Peppol document is an EN 16931 one with stricter rules).
 */
public record EInvoiceParts(SellerEInvoicing seller, BuyerEInvoicing buyer) {

    public static final String PEPPOL_CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    public static final String XRECHNUNG_CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";
    public static final String PEPPOL_PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    public static EInvoiceParts none(String accountKey) {
        return new EInvoiceParts(SellerEInvoicing.NONE, BuyerEInvoicing.none(accountKey));
    }

    public String customizationId() {
        return buyer.xrechnung() ? XRECHNUNG_CUSTOMIZATION : PEPPOL_CUSTOMIZATION;
    }

    public List<RuleSet> ruleSets() {
        return buyer.xrechnung() ? List.of(RuleSet.EN16931, RuleSet.XRECHNUNG) : List.of(RuleSet.EN16931, RuleSet.PEPPOL_BIS3);
    }
}
