package io.github.ratecard.rest;

import io.github.ratecard.domain.Refusal;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountChoice;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.app.BudgetService;
import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.money.Money;
import io.github.ratecard.rest.RequestBodies.BudgetBody;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /budgets}: budgets of projects, accounts and issues (with their children), their status
 * on a day and their burn. Reading needs View costs on the project (finance for accounts),
 * changing needs Manage budgets (finance for accounts).
 */
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class BudgetResource {

    private final BudgetService budgets;
    private final BudgetReporter reporter;
    private final BudgetScopes scopes;
    private final AccountStore accounts;
    private final ReportingSettings settings;
    private final AccessPolicy access;
    private final Clock clock;

    @Inject
    public BudgetResource(BudgetService budgets, BudgetReporter reporter, BudgetScopes scopes, AccountStore accounts, ReportingSettings settings,
                          AccessPolicy access, Clock clock) {
        this.budgets = budgets;
        this.reporter = reporter;
        this.scopes = scopes;
        this.accounts = accounts;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The budgets of a project, an account or an issue; {@code scopeKind=ACCOUNT}
     * without a key lists every account's budgets (finance only).
     */
    @GET
    public List<BudgetDocuments.BudgetDoc> list(@QueryParam("scopeKind") String scopeKind, @QueryParam("scopeKey") String scopeKey) {
        access.requireSignedIn();
        BudgetScope.Kind kind = Inputs.requiredEnum(BudgetScope.Kind.class, scopeKind, "scopeKind");
        if (kind == BudgetScope.Kind.ACCOUNT && (scopeKey == null || scopeKey.isBlank())) {
            access.requireFinance();
            return budgets.ofKind(kind).stream().map(BudgetDocuments.BudgetDoc::of).collect(Collectors.toList());
        }
        BudgetScope scope = BudgetScopes.parse(scopeKind, scopeKey);
        scopes.requireView(scope);
        return budgets.ofScope(scope).stream().map(BudgetDocuments.BudgetDoc::of).collect(Collectors.toList());
    }

    /** The budget with the id, as it was set. */
    @GET
    @Path("{id}")
    public BudgetDocuments.BudgetDoc get(@PathParam("id") long id) {
        access.requireSignedIn();
        Budget budget = budgets.budget(id);
        scopes.requireView(budget.scope());
        return BudgetDocuments.BudgetDoc.of(budget);
    }

    /**
     * Creates a budget of a scope the caller manages (201, with the budget); one of the
     * same scope, measure and period kind over overlapping days is a conflict (409).
     */
    @POST
    public Response create(BudgetBody body) {
        access.requireSignedIn();
        BudgetScope scope = scopeOf(Inputs.body(body));
        scopes.requireManageNamed(scope);
        Budget created = budgets.create(budgetOf(0, scope, body));
        return Response.status(Response.Status.CREATED).entity(BudgetDocuments.BudgetDoc.of(created)).build();
    }

    /** Changes a budget as a whole (the body names every field, as for a new one); it may move to another scope the user manages. */
    @PUT
    @Path("{id}")
    public BudgetDocuments.BudgetDoc update(@PathParam("id") long id, BudgetBody body) {
        access.requireSignedIn();
        scopes.requireManage(budgets.budget(id).scope());
        BudgetScope scope = scopeOf(Inputs.body(body));
        scopes.requireManageNamed(scope);
        return BudgetDocuments.BudgetDoc.of(budgets.update(budgetOf(id, scope, body)));
    }

    /** Deletes a budget of a scope the caller manages. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        access.requireSignedIn();
        scopes.requireManage(budgets.budget(id).scope());
        budgets.delete(id);
        return Response.noContent().build();
    }

    /**
     * Where the budget stands on {@code asOf} (default today): the current period's money and
     * hours, what the money is made of, earned value, the forecasts and the spending per period.
     */
    @GET
    @Path("{id}/status")
    public BudgetDocuments.StatusDoc status(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        access.requireSignedIn();
        Budget budget = budgets.budget(id);
        scopes.requireView(budget.scope());
        LocalDate day = day(asOf);
        BudgetReport report = reporter.report(budget, day);
        return BudgetDocuments.StatusDoc.of(report, day);
    }

    /** The budget's current period week by week or month by month: spent, cumulative, plan and forecast at the end of each step. */
    @GET
    @Path("{id}/burn")
    public BudgetDocuments.BurnDoc burn(@PathParam("id") long id, @QueryParam("granularity") @DefaultValue("week") String granularity,
                                        @QueryParam("asOf") String asOf) {
        access.requireSignedIn();
        Budget budget = budgets.budget(id);
        scopes.requireView(budget.scope());
        String step = granularity.trim().toLowerCase(Locale.ROOT);
        InvalidInputException.require(step.equals("week") || step.equals("month"), "granularity", "granularity must be week or month, was: "
                + granularity);
        LocalDate day = day(asOf);
        List<BurnPoint> points = reporter.burn(budget, day, step.equals("week"));
        return BudgetDocuments.BurnDoc.of(budget, day, step, points);
    }

    private LocalDate day(String asOf) {
        LocalDate day = Inputs.date(asOf, "asOf");
        return day == null ? LocalDate.now(clock.withZone(settings.reportingZone())) : day;
    }

    private static BudgetScope scopeOf(BudgetBody body) {
        return BudgetScopes.parse(body.scopeKind(), body.scopeKey());
    }

    private Budget budgetOf(long id, BudgetScope scope, BudgetBody body) {
        Budget.Measure measure = Inputs.requiredEnum(Budget.Measure.class, body.measure(), "measure");
        PeriodKind period = body.period() == null ? PeriodKind.TOTAL : Inputs.requiredEnum(PeriodKind.class, body.period(), "period");
        LocalDate from = Inputs.requiredDate(body.from(), "from");
        LocalDate to = Inputs.requiredDate(body.to(), "to");
        InvalidInputException.require(!to.isBefore(from), "to", "to must not be before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(from.plusYears(InputLimits.BUDGET_SPAN_YEARS).isAfter(to), "to", "A budget may span at most "
                + InputLimits.BUDGET_SPAN_YEARS + " years");
        Money amount = null;
        if (body.amount() != null && !body.amount().isBlank()) {
            Currency expected = expectedCurrency(scope, measure);
            String currency = body.currency() == null || body.currency().isBlank() ? expected.getCurrencyCode()
                    : body.currency().trim().toUpperCase(Locale.ROOT);
            InvalidInputException.require(currency.equals(expected.getCurrencyCode()), "currency", measure == Budget.Measure.COST
                    ? "A cost budget is kept in the base currency " + expected.getCurrencyCode()
                    : "A billing budget is kept in the account's currency " + expected.getCurrencyCode());
            amount = Inputs.money(body.amount(), currency, "amount");
        }
        String owner = body.owner() == null || body.owner().isBlank() ? access.currentViewer().orElseThrow().userKey() : body.owner().trim();
        return new Budget(id, scope, measure, amount, body.hours(), period, new DateRange(from, to), body.thresholds(), owner,
                periodAmountsOf(body, amount));
    }

    private static Map<LocalDate, Money> periodAmountsOf(BudgetBody body, Money amount) {
        Map<LocalDate, Money> amounts = new TreeMap<>();
        if (body.periodAmounts() == null || body.periodAmounts().isEmpty()) {
            return amounts;
        }
        InvalidInputException.require(amount != null, "periodAmounts", "Amounts per period need the budget's amount");
        for (RequestBodies.PeriodAmountBody entry : body.periodAmounts()) {
            InvalidInputException.require(entry != null, "periodAmounts", "An amount per period needs from and amount");
            LocalDate from = Inputs.requiredDate(entry.from(), "periodAmounts");
            InvalidInputException.require(!amounts.containsKey(from), "periodAmounts", "Two amounts for the period starting " + from);
            amounts.put(from, Inputs.money(entry.amount(), amount.currency().getCurrencyCode(), "periodAmounts"));
        }
        return amounts;
    }

    /** Cost budgets are in the base currency; billing budgets in their account's (a project's or issue's: its default account's). */
    private Currency expectedCurrency(BudgetScope scope, Budget.Measure measure) {
        if (measure == Budget.Measure.COST) {
            return settings.baseCurrency();
        }
        if (scope.kind() == BudgetScope.Kind.ACCOUNT) {
            return accounts.account(scope.key()).map(ClientAccount::currency)
                    .orElseThrow(() -> new InvalidInputException("scopeKey", "No account " + scope.key()));
        }
        long projectId = scopes.projectIdOf(scope);
        return AccountChoice.projectDefault(accounts.linksOfProject(projectId), accounts::account).map(ClientAccount::currency)
                .orElseThrow(() -> new InvalidInputException("measure", "The project has no default account, so its billing has no currency"));
    }
}
