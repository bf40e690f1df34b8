package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.EInvoiceTermsService;
import io.github.ratecard.einvoice.SellerEInvoicing;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /settings/einvoice}: what e-invoices say of the seller beyond its name and address: the bank account clients
 * pay to (IBAN, BIC), where the seller receives e-invoices, and a contact. Finance only.
 */
@Path("settings/einvoice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SellerEInvoiceResource {

    private final EInvoiceTermsService terms;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public SellerEInvoiceResource(EInvoiceTermsService terms, AccessPolicy access, SecureAdminSession secureSession) {
        this.terms = terms;
        this.access = access;
        this.secureSession = secureSession;
    }

    /**
     * What e-invoices say of the seller beyond the settings' name and address:
     * the bank account (IBAN, BIC), the electronic address and a contact.
     */
    @GET
    public SellerDoc seller() {
        access.requireFinance();
        secureSession.require(httpRequest);
        return SellerDoc.of(terms.seller());
    }

    /** Replaces the seller's e-invoice settings with the body's (a field left out is emptied). */
    @PUT
    public SellerDoc changeSeller(SellerDoc body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        return SellerDoc.of(terms.changeSeller(SellerEInvoicing.checked(body.iban(), body.bic(), body.endpointScheme(), body.endpointId(),
                body.contactName(), body.contactPhone(), body.contactEmail())));
    }

    public record SellerDoc(String iban, String bic, String endpointScheme, String endpointId, String contactName, String contactPhone,
                            String contactEmail) {
        static SellerDoc of(SellerEInvoicing s) {
            return new SellerDoc(s.iban(), s.bic(), s.endpoint().scheme(), s.endpoint().id(), s.contactName(), s.contactPhone(), s.contactEmail());
        }
    }

}
