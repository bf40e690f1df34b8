package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /projects/{projectKey}/timesheet-settings}: how a project's timesheets run (week or month, submitted automatically); finance or the lead. */
@Path("projects/{projectKey}/timesheet-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TimesheetSettingsResource {

    private final TimesheetService timesheets;
    private final ProjectDirectory projects;
    private final AccessPolicy access;

    @Inject
    public TimesheetSettingsResource(TimesheetService timesheets, ProjectDirectory projects, AccessPolicy access) {
        this.timesheets = timesheets;
        this.projects = projects;
        this.access = access;
    }

    /**
     * The project's cadence (WEEK or MONTH), whether its timesheets are submitted when their period ends, whether its
     * invoice drafts take only approved time, and the approval state its billing report shows unless asked otherwise.
     * The last two may be left out of a PUT, which keeps them.
     */
    public record Settings(String projectKey, String cadence, Boolean autoSubmit, Boolean draftsApprovedOnly, String reportFilter) {
    }

    /**
     * How the project's timesheets run: week or month, submitted automatically or not, whether
     * invoice drafts take approved time only, and the billing report's default filter.
     */
    @GET
    public Settings get(@PathParam("projectKey") String projectKey) {
        ProjectRef project = project(projectKey);
        return settings(project);
    }

    /**
     * Sets how the project's timesheets run; {@code cadence} and {@code autoSubmit} are
     * required, a left-out {@code draftsApprovedOnly} or {@code reportFilter} keeps its value.
     */
    @PUT
    public Settings put(@PathParam("projectKey") String projectKey, Settings body) {
        ProjectRef project = project(projectKey);
        Inputs.body(body);
        Cadence cadence = Inputs.requiredEnum(Cadence.class, body.cadence(), "cadence");
        InvalidInputException.require(body.autoSubmit() != null, "autoSubmit", "autoSubmit is required (true or false)");
        boolean approvedOnly = body.draftsApprovedOnly() == null ? timesheets.draftsApprovedOnly(project.id()) : body.draftsApprovedOnly();
        ApprovalFilter filter = body.reportFilter() == null ? timesheets.reportFilter(project.id())
                : Inputs.requiredEnum(ApprovalFilter.class, body.reportFilter(), "reportFilter");
        timesheets.configure(project.id(), cadence, body.autoSubmit(), approvedOnly, filter);
        return settings(project);
    }

    private ProjectRef project(String projectKey) {
        access.requireSignedIn();
        ProjectRef project = KnownProjects.byKey(projects, access, projectKey);
        access.requireFinanceOrLead(project.id());
        return project;
    }

    private Settings settings(ProjectRef project) {
        return new Settings(project.key(), timesheets.cadence(project.id()).name(), timesheets.autoSubmit(project.id()),
                timesheets.draftsApprovedOnly(project.id()), timesheets.reportFilter(project.id()).spelled());
    }
}
