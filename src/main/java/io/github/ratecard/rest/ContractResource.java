package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.ContractService;
import io.github.ratecard.app.ContractThresholdService;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractHours;
import io.github.ratecard.contract.ContractLimits;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.rest.ContractBodies.AdjustmentBody;
import io.github.ratecard.rest.ContractBodies.ChangeBody;
import io.github.ratecard.rest.ContractBodies.ContractBody;
import io.github.ratecard.rest.ContractBodies.ThresholdsBody;
import io.github.ratecard.rest.ContractDocuments.AdjustmentDoc;
import io.github.ratecard.rest.ContractDocuments.BalanceDoc;
import io.github.ratecard.rest.ContractDocuments.CapDoc;
import io.github.ratecard.rest.ContractDocuments.ContractDoc;
import io.github.ratecard.rest.ContractDocuments.ScheduleDoc;
import io.github.ratecard.rest.ContractDocuments.ThresholdsDoc;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /contracts/{accountKey}…}: an account's contract and its figures. Finance sets the contract, changes its terms
 * and adjusts a retainer's balance; finance and the leads of the account's projects read the contract, the retainer
 * balance ledger, the cap consumption, the fixed-fee schedule and the adjustments.
 */
@Path("contracts/{accountKey}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ContractResource {

    private final ContractService contracts;
    private final AccountStore accounts;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;
    private final ContractThresholdService thresholds;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public ContractResource(ContractService contracts, AccountStore accounts, AccessPolicy access, SecureAdminSession secureSession,
                            ContractThresholdService thresholds) {
        this.thresholds = thresholds;
        this.contracts = contracts;
        this.accounts = accounts;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** The account's contract with its terms; an account without one bills time and materials and answers 404. */
    @GET
    public ContractDoc get(@PathParam("accountKey") String accountKey) {
        requireReader(accountKey);
        return ContractDoc.of(contracts.contract(accountKey).orElseThrow(() -> new NotFoundException("Account " + accountKey + " has no contract")));
    }

    /** Sets the whole contract, replacing the one the account had. */
    @PUT
    public ContractDoc put(@PathParam("accountKey") String accountKey, ContractBody body) {
        ClientAccount account = requireFinance(accountKey);
        Inputs.body(body);
        String currency = account.currency().getCurrencyCode();
        InvalidInputException.require(body.terms() != null && !body.terms().isEmpty(), "terms", "A contract needs terms", Refusal.of(Refusal.Reason.REQUIRED));
        InputLimits.requireCount(body.terms(), ContractLimits.TERMS, "terms");
        List<DatedTerms> terms = new ArrayList<>();
        for (int i = 0; i < body.terms().size(); i++) {
            String field = "terms[" + i + "]";
            ContractBodies.TermsBody entry = body.terms().get(i);
            terms.add(new DatedTerms(month(entry == null ? null : entry.from(), field + ".from"), ContractBodies.terms(entry, currency, field)));
        }
        Optional<YearMonth> validTo = body.validTo() == null || body.validTo().isBlank() ? Optional.empty() : Optional.of(month(body.validTo(), "validTo"));
        return ContractDoc.of(contracts.save(new Contract(accountKey, account.currency(), month(body.validFrom(), "validFrom"), validTo, terms)));
    }

    /** New terms from the month boundary that follows the requested day. */
    @POST
    @Path("terms")
    public ContractDoc changeTerms(@PathParam("accountKey") String accountKey, ChangeBody body) {
        ClientAccount account = requireFinance(accountKey);
        Inputs.body(body);
        return ContractDoc.of(contracts.changeTerms(accountKey, Inputs.requiredDate(body.requested(), "requested"),
                ContractBodies.terms(body.terms(), account.currency().getCurrencyCode(), "terms")));
    }

    /** Deletes the account's contract, so that it bills time and materials again. */
    @DELETE
    public Response delete(@PathParam("accountKey") String accountKey) {
        requireFinance(accountKey);
        contracts.delete(accountKey);
        return Response.noContent().build();
    }

    /** The retainer balance ledger from the contract's start through {@code through} (a month; this month when absent). */
    @GET
    @Path("balance")
    public List<BalanceDoc> balance(@PathParam("accountKey") String accountKey, @QueryParam("through") String through) {
        requireReader(accountKey);
        return contracts.ledger(accountKey, optionalMonth(through)).stream().map(BalanceDoc::of).toList();
    }

    /**
     * The cap consumption per period up to the month in {@code through} (default: this month):
     * the limit, the work's value, what was billed and written off, and what remains.
     */
    @GET
    @Path("cap")
    public List<CapDoc> cap(@PathParam("accountKey") String accountKey, @QueryParam("through") String through) {
        requireReader(accountKey);
        return contracts.capConsumption(accountKey, optionalMonth(through)).stream().map(CapDoc::of).toList();
    }

    /** The fixed-fee instalments of the account's contract, each with the day it falls due (none while its milestone is not resolved). */
    @GET
    @Path("schedule")
    public List<ScheduleDoc> schedule(@PathParam("accountKey") String accountKey) {
        requireReader(accountKey);
        return contracts.schedule(accountKey).stream().map(ScheduleDoc::of).toList();
    }

    /** The retainer balance adjustments of the account's contract, each with its month, hours, reason and author. */
    @GET
    @Path("adjustments")
    public List<AdjustmentDoc> adjustments(@PathParam("accountKey") String accountKey) {
        requireReader(accountKey);
        return contracts.adjustments(accountKey).stream().map(AdjustmentDoc::of).toList();
    }

    /** Adds (positive) or removes (negative) retainer hours in the period of {@code month}, with the reason. */
    @POST
    @Path("adjustments")
    public Response adjust(@PathParam("accountKey") String accountKey, AdjustmentBody body) {
        requireFinance(accountKey);
        Inputs.body(body);
        YearMonth month = month(body.month(), "month");
        long seconds = ContractHours.seconds(body.hours(), ContractLimits.ADJUSTMENT_HOURS, true, "hours");
        String author = access.currentViewer().map(viewer -> viewer.userKey()).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(AdjustmentDoc.of(contracts.adjust(accountKey, month, seconds, body.reason(), author))).build();
    }

    /** The alert thresholds (empty lists while none are set) and the latest crossings, newest first. */
    @GET
    @Path("thresholds")
    public ThresholdsDoc thresholds(@PathParam("accountKey") String accountKey) {
        requireReader(accountKey);
        return ThresholdsDoc.of(thresholds.thresholds(accountKey), thresholds.crossings(accountKey));
    }

    /** Replaces the alert thresholds: {@code {"retainer": [80, 100], "cap": [90]}}; the caller receives the alerts' e-mails. */
    @PUT
    @Path("thresholds")
    public ThresholdsDoc setThresholds(@PathParam("accountKey") String accountKey, ThresholdsBody body) {
        requireFinance(accountKey);
        Inputs.body(body);
        String author = access.currentViewer().map(viewer -> viewer.userKey()).orElseThrow();
        thresholds.save(new ContractThresholds(accountKey, body.retainer(), body.cap(), author));
        return ThresholdsDoc.of(thresholds.thresholds(accountKey), thresholds.crossings(accountKey));
    }

    private ClientAccount requireFinance(String accountKey) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return account(accountKey);
    }

    /** Finance, or the lead of a project that bills to the account. */
    private void requireReader(String accountKey) {
        access.requireSignedIn();
        if (access.currentUserIsFinance()) {
            account(accountKey);
            return;
        }
        boolean leads = accounts.linksOfAccount(accountKey).stream().map(ProjectAccountLink::projectId).anyMatch(access::currentUserLeads);
        if (!leads) {
            throw new AccessDeniedException(true, "This needs the Ratecard finance permission or the lead of a project of the account");
        }
    }

    private ClientAccount account(String accountKey) {
        return accounts.account(accountKey).orElseThrow(() -> new NotFoundException("No account " + accountKey));
    }

    private static YearMonth optionalMonth(String text) {
        return text == null || text.isBlank() ? null : month(text, "through");
    }

    private static YearMonth month(String text, String field) {
        String value = Inputs.required(text, field);
        try {
            YearMonth month = YearMonth.parse(value);
            Inputs.requiredDate(month.atDay(1).toString(), field);
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a month such as 2026-05, was: " + value, Refusal.of(Refusal.Reason.NOT_A_DATE, value));
        }
    }
}
