package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.rest.RequestBodies.ExpenseBody;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * {@code /expenses}: non-labour costs of projects and issues. Reading needs View costs on the
 * project, recording and changing Manage budgets (or finance).
 */
@Path("expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ExpenseResource {

    /** The widest range a list covers when none is given. */
    private static final DateRange ALL_DAYS = new DateRange(LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31));

    private final ExpenseService expenses;
    private final BudgetScopes scopes;
    private final ReportingSettings settings;

    @Inject
    public ExpenseResource(ExpenseService expenses, BudgetScopes scopes, ReportingSettings settings) {
        this.expenses = expenses;
        this.scopes = scopes;
        this.settings = settings;
    }

    /** A project's expenses include its issues'; {@code from} and {@code to} narrow the dates (both optional). */
    @GET
    public List<BudgetDocuments.ExpenseDoc> list(@QueryParam("scopeKind") String scopeKind, @QueryParam("scopeKey") String scopeKey,
                                                 @QueryParam("from") String from, @QueryParam("to") String to) {
        scopes.requireSignedIn();
        BudgetScope scope = BudgetScopes.parse(scopeKind, scopeKey);
        scopes.requireView(scope);
        LocalDate first = Inputs.date(from, "from");
        LocalDate last = Inputs.date(to, "to");
        DateRange range = new DateRange(first == null ? ALL_DAYS.first() : first, last == null ? ALL_DAYS.last() : last);
        return expenses.expenses(scope, range).stream().map(BudgetDocuments.ExpenseDoc::of).collect(Collectors.toList());
    }

    /** The expense with the id. */
    @GET
    @Path("{id}")
    public BudgetDocuments.ExpenseDoc get(@PathParam("id") long id) {
        scopes.requireSignedIn();
        Expense expense = expenses.expense(id);
        scopes.requireView(expense.scope());
        return BudgetDocuments.ExpenseDoc.of(expense);
    }

    /**
     * Records an expense of a project or an issue the caller manages (201, with the expense); a mark-up is allowed only on a billable one.
     */
    @POST
    public Response create(ExpenseBody body) {
        scopes.requireSignedIn();
        BudgetScope scope = scopeOf(Inputs.body(body));
        scopes.requireManageNamed(scope);
        Expense expense = expenseOf(0, scope, body);
        return Response.status(Response.Status.CREATED).entity(BudgetDocuments.ExpenseDoc.of(expenses.record(expense))).build();
    }

    /** Changes an expense as a whole (the body names every field, as for a new one); it may move to another scope the caller manages. */
    @PUT
    @Path("{id}")
    public BudgetDocuments.ExpenseDoc update(@PathParam("id") long id, ExpenseBody body) {
        scopes.requireSignedIn();
        scopes.requireManage(expenses.expense(id).scope());
        BudgetScope scope = scopeOf(Inputs.body(body));
        scopes.requireManageNamed(scope);
        return BudgetDocuments.ExpenseDoc.of(expenses.update(expenseOf(id, scope, body)));
    }

    /** Deletes an expense of a scope the caller manages. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        scopes.requireSignedIn();
        scopes.requireManage(expenses.expense(id).scope());
        expenses.delete(id);
        return Response.noContent().build();
    }

    /** The expense a body describes; its currency defaults to the base currency. */
    private static BudgetScope scopeOf(ExpenseBody body) {
        BudgetScope scope = BudgetScopes.parse(body.scopeKind(), body.scopeKey());
        InvalidInputException.require(scope.kind() != BudgetScope.Kind.ACCOUNT, "scopeKind", "An expense belongs to a project or an issue");
        return scope;
    }

    private Expense expenseOf(long id, BudgetScope scope, ExpenseBody body) {
        String currency = body.currency() == null || body.currency().isBlank() ? settings.baseCurrency().getCurrencyCode() : body.currency();
        return new Expense(id, Inputs.requiredDate(body.date(), "date"), scope,
                Inputs.requiredEnum(ExpenseCategory.class, body.category(), "category"), Inputs.money(body.amount(), currency, "amount"),
                Boolean.TRUE.equals(body.billable()), Inputs.percent(body.markupPercent(), "markupPercent"), body.description());
    }
}
