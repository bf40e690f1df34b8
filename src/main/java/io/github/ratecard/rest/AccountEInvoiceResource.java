package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.EInvoiceTermsService;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.VatCategory;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /accounts/{key}/einvoice}: what an account's e-invoices say beyond its buyer terms: the buyer's and the order
 * reference, the client's electronic address, the VAT category with its exemption reason, and whether the client wants
 * XRechnung. Each change applies to documents issued after it. Finance only.
 */
@Path("accounts/{key}/einvoice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountEInvoiceResource {

    private final EInvoiceTermsService terms;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public AccountEInvoiceResource(EInvoiceTermsService terms, AccessPolicy access, SecureAdminSession secureSession) {
        this.terms = terms;
        this.access = access;
        this.secureSession = secureSession;
    }

    /**
     * What the account's e-invoices say beyond its invoicing terms: the buyer and order reference, the client's
     * electronic address, the VAT category with its exemption reason, and whether they follow XRechnung.
     */
    @GET
    public BuyerDoc buyer(@PathParam("key") String key) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return BuyerDoc.of(terms.buyer(key));
    }

    /** Replaces the account's e-invoice terms with the body's (a field left out is emptied). */
    @PUT
    public BuyerDoc changeBuyer(@PathParam("key") String key, BuyerDoc body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        terms.buyer(key);
        Inputs.body(body);
        return BuyerDoc.of(terms.changeBuyer(BuyerEInvoicing.checked(key, body.buyerReference(), body.orderReference(), body.endpointScheme(),
                body.endpointId(), body.vatCategory(), body.exemptionReasonCode(), body.exemptionReason(), Boolean.TRUE.equals(body.xrechnung()))));
    }

    public record BuyerDoc(String accountKey, String buyerReference, String orderReference, String endpointScheme, String endpointId,
                           String vatCategory, String exemptionReasonCode, String exemptionReason, Boolean xrechnung) {
        static BuyerDoc of(BuyerEInvoicing b) {
            return new BuyerDoc(b.accountKey(), b.buyerReference(), b.orderReference(), b.endpoint().scheme(), b.endpoint().id(),
                    b.vatCategory().map(VatCategory::code).orElse(""), b.exemptionReasonCode(), b.exemptionReason(), b.xrechnung());
        }
    }

}
