package io.github.ratecard.einvoice;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;

/**
 * What e-invoices say of the seller beyond its name, address and VAT number: the bank account the client pays to
 * (IBAN, optional BIC; payment by credit transfer), where the seller receives e-invoices, and a contact (XRechnung
 * asks for name, telephone and e-mail). Empty texts where finance gave none.
 */
public record SellerEInvoicing(String iban, String bic, ElectronicAddress endpoint, String contactName, String contactPhone, String contactEmail) {

    public static final SellerEInvoicing NONE = new SellerEInvoicing("", "", ElectronicAddress.NONE, "", "", "");

    public SellerEInvoicing {
        iban = iban == null ? "" : iban;
        bic = bic == null ? "" : bic;
        endpoint = endpoint == null ? ElectronicAddress.NONE : endpoint;
        contactName = contactName == null ? "" : contactName.strip();
        contactPhone = contactPhone == null ? "" : contactPhone.strip();
        contactEmail = contactEmail == null ? "" : contactEmail.strip();
    }

    /** Checks what finance typed: a valid IBAN (when given), a BIC only with an IBAN, a known address scheme, texts within their limits. */
    public static SellerEInvoicing checked(String iban, String bic, String endpointScheme, String endpointId, String contactName, String contactPhone,
                                           String contactEmail) {
        String checkedIban = iban == null || iban.isBlank() ? "" : Iban.require(iban, "iban");
        String checkedBic = bic == null || bic.isBlank() ? "" : Iban.requireBic(bic, "bic");
        InvalidInputException.require(checkedBic.isEmpty() || !checkedIban.isEmpty(), "bic", "A BIC needs the IBAN of its account");
        SellerEInvoicing terms = new SellerEInvoicing(checkedIban, checkedBic, ElectronicAddress.of("endpoint", endpointScheme, endpointId), contactName,
                contactPhone, contactEmail);
        Texts.requireLength(terms.contactName, InputLimits.CONTACT_NAME, "contactName", "A contact name");
        Texts.requireLength(terms.contactPhone, InputLimits.CONTACT_PHONE, "contactPhone", "A telephone number");
        Texts.requireLength(terms.contactEmail, InputLimits.CONTACT_EMAIL, "contactEmail", "An e-mail address");
        InvalidInputException.require(terms.contactEmail.isEmpty() || terms.contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contactEmail",
                "An e-mail address looks like name@example.com");
        return terms;
    }
}
