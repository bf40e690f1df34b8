package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.einvoice.EInvoiceCheck;
import io.github.ratecard.einvoice.FailedRule;
import io.github.ratecard.einvoice.RuleSetResult;
import io.github.ratecard.export.UblChecks;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceStore;
import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /invoices/{id}/validation}: what the official rule sets (EN 16931 and Peppol BIS Billing 3.0, or EN 16931 and
 * XRechnung for an account that asks for it) say of an issued document's UBL, answered within
 * {@link UblChecks#PAGE_WAIT}: LOADING until the rules are ready on this node (about 20 seconds after it started, the
 * first time they are asked for), CHECKING when the check did not end within the wait; ask again in a few seconds.
 * A draft is no e-invoice yet (409). Finance only.
 */
@Path("invoices/{id}/validation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class InvoiceValidationResource {

    private final UblChecks checks;
    private final InvoiceStore invoices;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public InvoiceValidationResource(UblChecks checks, InvoiceStore invoices, AccessPolicy access, SecureAdminSession secureSession) {
        this.checks = checks;
        this.invoices = invoices;
        this.access = access;
        this.secureSession = secureSession;
    }

    /**
     * What the official rule sets (EN 16931 with Peppol BIS 3 or XRechnung) say of an issued document's
     * UBL, answered within seconds (LOADING or CHECKING: ask again); a draft is refused (409).
     */
    @GET
    public ValidationDoc validation(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Invoice invoice = invoices.require(id);
        if (invoice.isDraft()) {
            throw new ConflictException("id", "A draft is no e-invoice yet: its UBL is written and checked once it is issued");
        }
        return ValidationDoc.of(invoice, checks.partsOf(invoice).customizationId(), checks.check(invoice, UblChecks.PAGE_WAIT));
    }

    /**
     * {@code state}: VALID, INVALID, LOADING (the rules are still loading on this node: ask again in a few seconds),
     * CHECKING (not finished within the wait: ask again) or UNAVAILABLE ({@code problem} says why).
     */
    public record ValidationDoc(long id, String number, String state, String customizationId, List<RuleSetDoc> ruleSets, String problem) {
        static ValidationDoc of(Invoice invoice, String customizationId, EInvoiceCheck check) {
            return new ValidationDoc(invoice.id(), invoice.number().orElse(null), check.state().name(), customizationId,
                    check.results().stream().map(RuleSetDoc::of).toList(), check.problem().isEmpty() ? null : check.problem());
        }
    }

    public record RuleSetDoc(String ruleSet, String title, String version, boolean valid, List<RuleDoc> failures) {
        static RuleSetDoc of(RuleSetResult result) {
            return new RuleSetDoc(result.ruleSet().name(), result.ruleSet().title(), result.ruleSet().version(), result.valid(),
                    result.failures().stream().map(RuleDoc::of).toList());
        }
    }

    public record RuleDoc(String id, String severity, String text, String location) {
        static RuleDoc of(FailedRule rule) {
            return new RuleDoc(rule.id(), rule.warning() ? "warning" : "error", rule.text(), rule.location());
        }
    }
}
