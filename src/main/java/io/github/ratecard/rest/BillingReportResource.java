package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.export.InvoiceDocuments;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.LineGrouping;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /reports/billing}: what an account's un-invoiced billable work of a period comes to,
 * grouped by issue, person, level or month — as JSON, XLSX or CSV — of all its work or only that whose timesheets
 * are approved, submitted or open ({@code approval}; by default the project's own choice, else all). The JSON says how
 * many pending changes of approved or closed time it does not include. Nothing is kept. Finance only.
 */
@Path("reports/billing")
@LicensedOnly
public class BillingReportResource {

    private final InvoiceDrafts invoices;
    private final InvoiceDocuments documents;
    private final ExportFormats formats;
    private final AccessPolicy access;
    private final TimesheetService timesheets;
    private final ProjectDirectory projectDirectory;

    @Inject
    public BillingReportResource(InvoiceDrafts invoices, InvoiceDocuments documents, ExportFormats formats, AccessPolicy access,
                                 TimesheetService timesheets, ProjectDirectory projectDirectory) {
        this.timesheets = timesheets;
        this.projectDirectory = projectDirectory;
        this.invoices = invoices;
        this.documents = documents;
        this.formats = formats;
        this.access = access;
    }

    /**
     * What the account's un-invoiced billable work of the period comes to,
     * grouped as asked, as JSON or an XLSX or CSV download; nothing is kept.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response report(@QueryParam("account") String account, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("groupBy") @DefaultValue("issue") String groupBy, @QueryParam("project") List<String> projects,
                           @QueryParam("jql") String jql, @QueryParam("approval") String approval,
                           @QueryParam("format") @DefaultValue("json") String format, @QueryParam("bom") @DefaultValue("false") boolean bom,
                           @QueryParam("separator") @DefaultValue(",") String separator, @QueryParam("decimal") @DefaultValue("point") String decimal) {
        access.requireFinance();
        LineGrouping grouping = Inputs.requiredEnum(LineGrouping.class, groupBy, "groupBy");
        List<String> projectKeys = InvoiceInputs.keys(projects, "project");
        ApprovalFilter filter = approval == null || approval.isBlank() ? defaultFilter(projectKeys)
                : Inputs.requiredEnum(ApprovalFilter.class, approval, "approval");
        InvoiceDrafts.Report report = invoices.report(Inputs.required(account, "account"), InvoiceInputs.period(from, to), grouping,
                projectKeys, jql, access.currentViewer().orElseThrow().userKey(), filter);
        String name = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (name.equals("json")) {
            return Response.ok(InvoiceDocs.InvoiceDoc.of(report.invoice(), report.lines(), report.pendingChanges(),
                    filter == ApprovalFilter.ALL ? null : filter.spelled()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        io.github.ratecard.domain.InvalidInputException.require(!name.equals("ubl"), "format", "A billing report is no invoice: json, xlsx or csv");
        return formats.download(formats.writer(name, bom, separator, decimal), documents.report(report),
                "billing-" + report.invoice().accountKey() + "-" + report.invoice().header().period().first() + "-" + report.invoice().header().period().last());
    }

    /** The one project's own choice of approval state for its report; all work for several projects or none. */
    private ApprovalFilter defaultFilter(List<String> projectKeys) {
        if (projectKeys.size() != 1) {
            return ApprovalFilter.ALL;
        }
        return projectDirectory.byKey(projectKeys.get(0)).map(project -> timesheets.reportFilter(project.id())).orElse(ApprovalFilter.ALL);
    }
}
