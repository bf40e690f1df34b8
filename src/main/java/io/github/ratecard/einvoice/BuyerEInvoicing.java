package io.github.ratecard.einvoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account's e-invoices say beyond its buyer terms: the buyer's reference (BT-10; for German public buyers the
 * Leitweg-ID), the client's purchase order (BT-13), where the buyer receives e-invoices (BT-49), the VAT category
 * when it is not the one the account's rate implies (with the exemption reason the category needs), and whether the
 * client wants XRechnung, the German public sector's form of EN 16931.
 */
public record BuyerEInvoicing(String accountKey, String buyerReference, String orderReference, ElectronicAddress endpoint,
                              Optional<VatCategory> vatCategory, String exemptionReasonCode, String exemptionReason, boolean xrechnung) {

    public BuyerEInvoicing {
        buyerReference = buyerReference == null ? "" : buyerReference.strip();
        orderReference = orderReference == null ? "" : orderReference.strip();
        endpoint = endpoint == null ? ElectronicAddress.NONE : endpoint;
        vatCategory = vatCategory == null ? Optional.empty() : vatCategory;
        exemptionReasonCode = exemptionReasonCode == null ? "" : exemptionReasonCode.strip().toUpperCase(Locale.ROOT);
        exemptionReason = exemptionReason == null ? "" : exemptionReason.strip();
    }

    public static BuyerEInvoicing none(String accountKey) {
        return new BuyerEInvoicing(accountKey, "", "", ElectronicAddress.NONE, Optional.empty(), "", "", false);
    }

    /** Checks what finance typed: texts within their limits, a known address scheme and category, a VATEX code of the form VATEX-EU-…. */
    public static BuyerEInvoicing checked(String accountKey, String buyerReference, String orderReference, String endpointScheme, String endpointId,
                                          String vatCategory, String exemptionReasonCode, String exemptionReason, boolean xrechnung) {
        Optional<VatCategory> category = Optional.empty();
        if (vatCategory != null && !vatCategory.isBlank()) {
            try {
                category = Optional.of(VatCategory.valueOf(vatCategory.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("vatCategory", "The VAT category is one of S, Z, E, AE, K, G, O (or empty: implied by the tax rate), was: "
                        + vatCategory);
            }
        }
        BuyerEInvoicing terms = new BuyerEInvoicing(accountKey, buyerReference, orderReference, ElectronicAddress.of("endpoint", endpointScheme, endpointId),
                category, exemptionReasonCode, exemptionReason, xrechnung);
        Texts.requireLength(terms.buyerReference, InputLimits.BUYER_REFERENCE, "buyerReference", "A buyer reference");
        Texts.requireLength(terms.orderReference, InputLimits.ORDER_REFERENCE, "orderReference", "An order reference");
        Texts.requireLength(terms.exemptionReason, InputLimits.EXEMPTION_REASON, "exemptionReason", "An exemption reason");
        InvalidInputException.require(terms.exemptionReasonCode.isEmpty() || terms.exemptionReasonCode.matches("VATEX-[A-Z]{2}-[A-Z0-9-]{1,20}"),
                "exemptionReasonCode", "An exemption reason code is a code of the VATEX list, e.g. VATEX-EU-AE or VATEX-EU-132-1I");
        boolean reasonGiven = !terms.exemptionReasonCode.isEmpty() || !terms.exemptionReason.isEmpty();
        InvalidInputException.require(!reasonGiven || category.map(VatCategory::needsReason).orElse(false), "exemptionReason",
                "Only the categories E, AE, K, G and O give an exemption reason");
        InvalidInputException.require(category.orElse(VatCategory.S) != VatCategory.E || reasonGiven, "exemptionReason",
                "An exempt supply (E) needs the reason: a VATEX code or the words of the law that exempts it");
        return terms;
    }

    /** The category of the documents at the account's rate: finance's choice, else the one the rate implies. */
    public VatCategory categoryAt(java.math.BigDecimal percent) {
        return vatCategory.orElseGet(() -> VatCategory.implied(percent));
    }
}
