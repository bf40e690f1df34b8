package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.WorklogOverride;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.app.OverrideService;
import io.github.ratecard.rest.RequestBodies.OverrideBody;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /worklogs/{id}/override}: a lead's (Manage budgets) or finance's correction of how one
 * worklog bills, with a reason. Reading it needs only Browse projects; invoiced work answers 409.
 */
@Path("worklogs/{worklogId}/override")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WorklogOverrideResource {

    private final OverrideService overrides;
    private final AccessPolicy access;

    @Inject
    public WorklogOverrideResource(OverrideService overrides, AccessPolicy access) {
        this.overrides = overrides;
        this.access = access;
    }

    public record Override(long worklogId, Boolean billable, Long billedSeconds, String accountKey, String reason, String setBy,
                           String setAt) {
        static Override of(WorklogOverride o) {
            return o == null ? null : new Override(o.worklogId(), o.billable(), o.billedSeconds(), o.accountKey(), o.reason(), o.setBy(),
                    o.setAt().toString());
        }
    }

    /** The override and the worklog's entry as priced with it. */
    public record Overridden(Override override, LedgerResource.Entry entry) {
    }

    /** The worklog's ledger entry and its billing override, if it has one. */
    @GET
    public Overridden get(@PathParam("worklogId") long worklogId) {
        LedgerEntry entry = visibleEntry(worklogId);
        return document(worklogId, entry.projectId());
    }

    /**
     * Corrects how the worklog bills (billable, billed time or account) with a reason
     * (required) and answers the override with the entry; invoiced work is a conflict (409).
     */
    @PUT
    public Overridden set(@PathParam("worklogId") long worklogId, OverrideBody body) {
        LedgerEntry entry = visibleEntry(worklogId);
        access.requireManageBudgets(entry.projectId());
        Inputs.body(body);
        overrides.set(worklogId, body.billable(), body.billedSeconds(), body.accountKey(), body.reason(),
                access.currentViewer().orElseThrow().userKey());
        return document(worklogId, entry.projectId());
    }

    /** Removes the worklog's override, so that it bills as its issue says again. */
    @DELETE
    public Response remove(@PathParam("worklogId") long worklogId) {
        LedgerEntry entry = visibleEntry(worklogId);
        access.requireManageBudgets(entry.projectId());
        overrides.remove(worklogId);
        return Response.noContent().build();
    }

    /** The worklog's entry when the current user may see its issue; a worklog on an issue they may not see does not exist for them. */
    private LedgerEntry visibleEntry(long worklogId) {
        access.requireSignedIn();
        LedgerEntry entry = overrides.entry(worklogId);
        if (!access.currentUserMaySee(new IssueRef(entry.issueId(), "", entry.projectId()))) {
            throw new NotFoundException("No priced worklog " + worklogId);
        }
        return entry;
    }

    private Overridden document(long worklogId, long projectId) {
        return new Overridden(Override.of(overrides.overrideOf(worklogId).orElse(null)),
                LedgerResource.Entry.of(overrides.entry(worklogId), access.mayViewCosts(projectId)));
    }
}
