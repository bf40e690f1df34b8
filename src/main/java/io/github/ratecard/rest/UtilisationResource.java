package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.export.DownloadName;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.export.UtilisationCsvWriter;
import io.github.ratecard.export.UtilisationLine;
import io.github.ratecard.export.UtilisationWriter;
import io.github.ratecard.export.UtilisationXlsxWriter;
import io.github.ratecard.insight.utilisation.UtilisationQuery;
import io.github.ratecard.insight.utilisation.Percent;
import io.github.ratecard.insight.utilisation.UtilisationReport;
import io.github.ratecard.insight.utilisation.UtilisationRow;
import io.github.ratecard.insight.utilisation.UtilisationTargets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * {@code /insights/utilisation}: logged and billable time against capacity, by person, staff level,
 * team (Jira group) or month, as JSON, XLSX or CSV; and the staff levels' billable targets. Anyone
 * signed in; finance sees everyone, a project's lead the people of their projects, everyone else
 * their own row. Targets: anyone signed in reads them, finance sets and removes them.
 */
@Path("insights/utilisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class UtilisationResource {

    private final UtilisationReport report;
    private final UtilisationTargets targets;
    private final Clock clock;
    private final ReportingSettings reporting;

    @Inject
    public UtilisationResource(UtilisationReport report, UtilisationTargets targets, Clock clock, ReportingSettings reporting) {
        this.report = report;
        this.targets = targets;
        this.clock = clock;
        this.reporting = reporting;
    }

    /**
     * Logged and billable time against capacity by person, level, team or month (at most 24
     * months), as JSON or an XLSX or CSV download; each caller gets only the rows they may see.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by,
                           @QueryParam("group") List<String> groups, @QueryParam("project") String project,
                           @QueryParam("format") @DefaultValue("json") String format, @QueryParam("lang") String lang,
                           @QueryParam("bom") @DefaultValue("false") boolean bom, @QueryParam("separator") @DefaultValue(",") String separator,
                           @QueryParam("decimal") @DefaultValue("point") String decimal) {
        String kind = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        InvalidInputException.require(kind.equals("json") || kind.equals("xlsx") || kind.equals("csv"), "format",
                "format must be json, xlsx or csv, was: " + format);
        UtilisationQuery query = UtilisationQuery.parse(from, to, by, groups, project, YearMonth.now(clock.withZone(reporting.reportingZone())));
        ExportWords words = ExportWords.of(lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang.trim()));
        UtilisationReport.Result result = report.report(query, words.text("ratecard.utilisation.noLevel"));
        if (kind.equals("json")) {
            return Response.ok(UtilisationDocuments.Report.of(result), MediaType.APPLICATION_JSON_TYPE).build();
        }
        UtilisationWriter writer = kind.equals("xlsx") ? new UtilisationXlsxWriter()
                : new UtilisationCsvWriter(bom, ExportFormats.separator(separator), csvDecimal(separator, decimal));
        String name = DownloadName.sanitize("utilisation-" + query.from() + "-" + query.to() + "-" + query.by().name().toLowerCase(Locale.ROOT),
                writer.extension());
        List<UtilisationLine> lines = result.rows().stream().map(UtilisationResource::line).toList();
        StreamingOutput body = out -> writer.write(lines, words, out);
        return Response.ok(body, writer.mediaType()).header("Content-Disposition", DownloadName.contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /** Every staff level with its billable target, if it has one. */
    @GET
    @Path("targets")
    public List<UtilisationDocuments.Target> targets() {
        return targets.all().stream().map(UtilisationDocuments.Target::of).toList();
    }

    /** Sets a staff level's billable target in percent (0 to 100, at most one decimal). */
    @PUT
    @Path("targets/{levelId}")
    public UtilisationDocuments.Target setTarget(@PathParam("levelId") long levelId, UtilisationDocuments.TargetBody body) {
        Inputs.body(body);
        return UtilisationDocuments.Target.of(targets.set(levelId, Inputs.percent(body.billablePercent(), "billablePercent")));
    }

    /** Removes a staff level's billable target; a level without one answers 404. */
    @DELETE
    @Path("targets/{levelId}")
    public Response removeTarget(@PathParam("levelId") long levelId) {
        targets.remove(levelId);
        return Response.noContent().build();
    }

    private static UtilisationLine line(UtilisationRow row) {
        return new UtilisationLine(row.label(), Percent.hours(row.capacitySeconds()), Percent.hours(row.loggedSeconds()),
                Percent.hours(row.billableSeconds()), row.utilisation(), row.billableUtilisation(), row.target(),
                row.state() == null ? null : row.state().name());
    }

    private static char csvDecimal(String separator, String decimal) {
        char sign = ExportFormats.decimalSign(decimal);
        InvalidInputException.require(sign != ExportFormats.separator(separator), "decimal",
                "The decimal sign must differ from the separator: with decimal=comma choose separator=semicolon (or tab, pipe)");
        return sign;
    }
}
