package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.invoice.BuyerTerms;
import io.github.ratecard.app.BuyerTermsService;
import io.github.ratecard.rest.RequestBodies.BuyerTermsBody;
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
 * {@code /accounts/{key}/invoicing}: what an account's invoices say of the client (address, VAT
 * number, payment days) and the language they are exported in. Finance only.
 */
@Path("accounts/{key}/invoicing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountInvoicingResource {

    private final BuyerTermsService terms;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public AccountInvoicingResource(BuyerTermsService terms, AccessPolicy access, SecureAdminSession secureSession) {
        this.terms = terms;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** What the account's invoices say of the client (address, VAT number, payment days) and the language they are exported in. */
    @GET
    public TermsDoc get(@PathParam("key") String key) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return TermsDoc.of(terms.terms(key));
    }

    /** Replaces the account's terms with the body's (a field left out is emptied). */
    @PUT
    public TermsDoc update(@PathParam("key") String key, BuyerTermsBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        terms.terms(key);
        Inputs.body(body);
        PartyDetails details = PartyDetails.NONE.with("", blank(body.street()), blank(body.city()), blank(body.postalCode()), blank(body.vatId()));
        return TermsDoc.of(terms.change(new BuyerTerms(key, body.country(), details, body.paymentDays(), body.language())));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    public record TermsDoc(String accountKey, String street, String city, String postalCode, String country, String vatId, Integer paymentDays,
                           String language) {
        static TermsDoc of(BuyerTerms t) {
            return new TermsDoc(t.accountKey(), t.details().street(), t.details().city(), t.details().postalCode(), t.countryCode(),
                    t.details().vatId(), t.paymentDays(), t.language());
        }
    }
}
