package io.github.ratecard.rest;

import io.github.ratecard.domain.Refusal;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.app.AccountService;
import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.rest.RequestBodies.AccountBody;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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

/** Client accounts: {@code /accounts} and {@code /accounts/{key}}. Finance only. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountResource {

    private final AccountService accounts;
    private final ProjectDirectory projects;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;
    private final ImpactPreviews previews;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public AccountResource(AccountService accounts, ProjectDirectory projects, AccessPolicy access, SecureAdminSession secureSession,
                           ImpactPreviews previews) {
        this.previews = previews;
        this.accounts = accounts;
        this.projects = projects;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** Client accounts in key order, one page at a time, of one {@code status} if asked. */
    @GET
    public Documents.PageOf<Documents.Account> list(@QueryParam("status") String status,
                                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Page<ClientAccount> page = accounts.accounts(Inputs.enumValue(AccountStatus.class, status, "status"), offset, limit);
        return new Documents.PageOf<>(page.items().stream().map(Documents.Account::of).collect(Collectors.toList()),
                page.offset(), page.limit(), page.total());
    }

    /** Creates a client account (201, with the account); a key already in use is a conflict (409). */
    @POST
    public Response create(AccountBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        ClientAccount created = accounts.create(account(Inputs.body(body), Inputs.required(body.key(), "key")));
        return Response.created(URI.create("accounts/" + created.key())).entity(Documents.Account.of(created)).build();
    }

    /** The client account with the key. */
    @GET
    @Path("{key}")
    public Documents.Account get(@PathParam("key") String key) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return Documents.Account.of(accounts.account(key));
    }

    /** The projects that bill to the account. */
    @GET
    @Path("{key}/projects")
    public List<Documents.ProjectAccount> projects(@PathParam("key") String key) {
        access.requireFinance();
        secureSession.require(httpRequest);
        ClientAccount account = accounts.account(key);
        return accounts.linksOfAccount(key).stream()
                .map(link -> new Documents.ProjectAccount(projects.byId(link.projectId()).map(ProjectRef::key).orElse("#" + link.projectId()),
                        key, account.name(), account.currency().getCurrencyCode(), account.status().name(), link.isDefault()))
                .collect(Collectors.toList());
    }

    /** Replaces the account's fields (closing it too); the key in the body, if given, must be the path's. */
    @Previewable
    @PUT
    @Path("{key}")
    public Response update(@PathParam("key") String key, AccountBody body, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        InvalidInputException.require(body.key() == null || body.key().equals(key), "key", "An account's key cannot be changed");
        ClientAccount changed = account(body, key);
        return Impact.run(dryRun, previews, () -> accounts.update(key, changed), updated -> Response.ok(Documents.Account.of(updated)).build());
    }

    private static ClientAccount account(AccountBody body, String key) {
        return new ClientAccount(
                key,
                body.name(),
                body.customerName(),
                currency(body.currency()),
                Inputs.requiredEnum(AccountCategory.class, body.category(), "category"),
                body.status() == null ? AccountStatus.OPEN : Inputs.requiredEnum(AccountStatus.class, body.status(), "status"),
                billedTime(body.billedTime()),
                taxRate(body.taxRatePercent()),
                body.invoicePrefix());
    }

    private static Currency currency(String code) {
        try {
            return Currencies.of(Inputs.required(code, "currency"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", e.getMessage());
        }
    }

    private static BilledTimeRule billedTime(RequestBodies.BilledTimeBody body) {
        if (body == null) {
            return BilledTimeRule.EXACT_MINUTES;
        }
        return new BilledTimeRule(
                body.incrementMinutes() == null ? 1 : body.incrementMinutes(),
                body.roundingMode() == null ? BilledTimeRule.Mode.UP : Inputs.requiredEnum(BilledTimeRule.Mode.class, body.roundingMode(), "roundingMode"),
                body.minimumMinutes() == null ? 0 : body.minimumMinutes());
    }

    private static BigDecimal taxRate(String value) {
        if (value == null || value.isBlank()) {
            return BigDecimal.ZERO;
        }
        InvalidInputException.require(value.trim().matches("\\d{1,3}(\\.\\d+)?"), "taxRatePercent",
                "taxRatePercent must be a percentage such as 19 or 7.5, was: " + value, Refusal.of(Refusal.Reason.NOT_A_NUMBER, value));
        return new BigDecimal(value.trim());
    }
}
