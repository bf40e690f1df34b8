package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.BillingSource;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.WorkBilling;
import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.app.IssueBillingService;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /issues/{key}/billing}: the issue's Account and Billable field values, how its work
 * bills and why, and the accounts the Account field offers; for anyone who may browse the
 * project. The values themselves are set like any Jira field (edit screen, Jira's REST API);
 * {@code GET /issues/{key}/billing/impact} tells, before such an edit is saved, what it would do.
 */
@Path("issues/{issueKey}/billing")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IssueBillingResource {

    private final IssueBillingService billing;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final ImpactPreviews previews;

    @Inject
    public IssueBillingResource(IssueBillingService billing, IssueDirectory issues, AccessPolicy access, ImpactPreviews previews) {
        this.billing = billing;
        this.previews = previews;
        this.issues = issues;
        this.access = access;
    }

    public record Option(String key, String name) {
    }

    public record Billing(String issueKey, String accountField, String billableField, String account, String accountSource,
                          boolean billable, String billableSource, List<Option> accountOptions) {
    }

    /**
     * The issue's Account and Billable field values, the account and billable
     * decision with where each came from, and the accounts the Account field offers.
     */
    @GET
    public Billing get(@PathParam("issueKey") String issueKey) {
        return document(issue(issueKey));
    }

    /**
     * What setting the fields to these values (as the edit screen sends them; empty empties a field,
     * a value not given stays as it is) would do to the issue's uninvoiced work, for those who may
     * make that edit (Manage budgets or finance); it reads only. A value the edit would refuse is
     * refused alike, an account the field does not offer with one message whether it exists or not.
     * The amounts only for those who may view the project's costs.
     */
    @GET
    @Path("impact")
    public Impact.Document impact(@PathParam("issueKey") String issueKey, @QueryParam("account") String account,
                                  @QueryParam("billable") String billable) {
        IssueRef issue = issue(issueKey);
        access.requireManageBudgets(issue.projectId());
        IssueBilling now = billing.fieldsOf(issue.id());
        String accountKey = account != null ? account : now.accountKey();
        String billableValue = billable != null ? billable : now.billable() == null ? null : now.billable().label();
        return Impact.Document.of(previews.ofIssueFields(billing.proposal(issue, accountKey, billableValue)), access.mayViewCosts(issue.projectId()));
    }

    private IssueRef issue(String issueKey) {
        access.requireSignedIn();
        return issues.byKey(issueKey).filter(access::currentUserMaySee).orElseThrow(() -> new NotFoundException("No issue " + issueKey));
    }

    private Billing document(IssueRef issue) {
        IssueBilling fields = billing.fieldsOf(issue.id());
        WorkBilling resolved = billing.billingOf(issue);
        return new Billing(issue.key(), fields.accountKey(), fields.billable() == null ? null : fields.billable().label(),
                resolved.accountIfAny().map(ClientAccount::key).orElse(null), source(resolved.accountSource()), resolved.billable(),
                source(resolved.billableSource()), billing.accountOptions(issue.projectId()).stream()
                        .map(a -> new Option(a.key(), a.name())).collect(Collectors.toList()));
    }

    private static String source(BillingSource source) {
        return source.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
