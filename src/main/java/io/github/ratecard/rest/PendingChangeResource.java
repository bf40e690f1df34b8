package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.PendingChangeService;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code /pending-changes}: Jira's changes of approved or closed work that the ledger holds back, for
 * finance: a project's open ones (those of work moved out of the project too), a page at a time, and accepting (priced into the ledger) or flagging one.
 */
@Path("pending-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PendingChangeResource {

    private final PendingChangeService pending;
    private final ProjectDirectory projects;
    private final AccessPolicy access;

    @Inject
    public PendingChangeResource(PendingChangeService pending, ProjectDirectory projects, AccessPolicy access) {
        this.pending = pending;
        this.projects = projects;
        this.access = access;
    }

    /** One side of a change: whose work, in which project, on which day, how many seconds. */
    public record Work(String userKey, long projectId, String day, long seconds) {
        static Work of(LoggedWork work) {
            return work == null ? null : new Work(work.userKey(), work.projectId(), work.day().toString(), work.seconds());
        }
    }

    /** A pending change: the figures the ledger keeps ({@code before}) and Jira's ({@code after}), the locks, and where it stands. */
    public record Change(long id, long worklogId, String kind, Work before, Work after, long deltaSeconds, List<String> locks, String changedAt,
                         String status, String recordedAt, String resolvedBy, String resolvedAt) {
        static Change of(PendingChangeStore.Stored stored) {
            var change = stored.change();
            return new Change(stored.id(), change.worklogId(), change.kind().name(), Work.of(change.before().orElse(null)),
                    Work.of(change.after().orElse(null)), change.deltaSeconds(), change.locks().stream().map(Enum::name).sorted().toList(),
                    change.changedAt().toString(), stored.status().name(), stored.recordedAt().toString(), stored.resolvedBy(),
                    stored.resolvedAt() == null ? null : stored.resolvedAt().toString());
        }
    }

    /** One page of a project's open pending changes, and how many there are. */
    public record Changes(String project, long total, int offset, int limit, List<Change> changes) {
    }

    /**
     * One page of the project's open pending changes, oldest first: Jira's changes of approved or closed work that the ledger holds back.
     */
    @GET
    public Changes open(@QueryParam("project") String projectKey, @QueryParam("offset") @DefaultValue("0") int offset,
                        @QueryParam("limit") @DefaultValue("50") int limit) {
        access.requireSignedIn();
        access.requireFinance();
        ProjectRef project = KnownProjects.byKey(projects, access, Inputs.required(projectKey, "project"));
        InvalidInputException.require(offset >= 0, "offset", "offset must not be negative");
        InputLimits.requirePageSize(limit, InputLimits.PENDING_CHANGES_PAGE);
        Page<PendingChangeStore.Stored> page = pending.openOfProject(project.id(), offset, limit);
        return new Changes(project.key(), page.total(), offset, limit, page.items().stream().map(Change::of).toList());
    }

    /**
     * Accepts an open pending change: the worklog as Jira has it now is priced into the ledger
     * (an invoiced entry keeps its price, the difference goes on the account's next invoice).
     */
    @POST
    @Path("{id}/accept")
    public Change accept(@PathParam("id") long id) {
        pending.accept(id);
        return Change.of(pending.byId(id));
    }

    /** Flags an open pending change for a follow-up: the ledger keeps its figures and the change stays on record. */
    @POST
    @Path("{id}/flag")
    public Change flag(@PathParam("id") long id) {
        pending.flag(id);
        return Change.of(pending.byId(id));
    }
}
