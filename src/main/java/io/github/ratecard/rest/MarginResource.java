package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.export.DownloadName;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.export.MarginCsvWriter;
import io.github.ratecard.export.MarginSheet;
import io.github.ratecard.export.MarginXlsxWriter;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginService;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * {@code /insights/margin}: the profitability report of a period (at most 24 months) by account,
 * project, epic, level, person or month, as JSON, XLSX or CSV; and {@code /insights/margin/entries}:
 * the ledger entries behind a figure, a page at a time. Finance sees every project; a lead or a
 * holder of View costs the rows of their projects (see {@link MarginService}).
 */
@Path("insights/margin")
@LicensedOnly
public class MarginResource {

    private final MarginService margin;

    @Inject
    public MarginResource(MarginService margin) {
        this.margin = margin;
    }

    /**
     * The profitability report of at most 24 months by account, project, epic, level, person or month, as
     * JSON or an XLSX or CSV download; each caller sees the rows of the projects they may see costs of. Finance's
     * JSON report by person or by level of every project may be a snapshot of the last five minutes
     * ({@code computedAt}, {@code snapshot}) unless {@code fresh=true}; downloads are always computed for the request.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by,
                           @QueryParam("project") String project, @QueryParam("account") String account,
                           @QueryParam("format") @DefaultValue("json") String format, @QueryParam("lang") @DefaultValue("en") String lang,
                           @QueryParam("bom") @DefaultValue("false") boolean bom, @QueryParam("separator") @DefaultValue(",") String separator,
                           @QueryParam("decimal") @DefaultValue("point") String decimal,
                           @QueryParam("fresh") @DefaultValue("false") boolean fresh) {
        String name = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        InvalidInputException.require(name.equals("json") || name.equals("xlsx") || name.equals("csv"), "format",
                "format must be json, xlsx or csv, was: " + format);
        MarginQuery query = MarginQuery.parse(from, to, by, project, account);
        if (name.equals("json")) {
            return Response.ok(MarginDocuments.Report.of(margin.answer(query, fresh)), MediaType.APPLICATION_JSON_TYPE).build();
        }
        MarginReport report = margin.report(query);
        MarginSheet sheet = io.github.ratecard.insight.margin.MarginSheets.of(report, ExportWords.of(Locale.forLanguageTag(lang == null ? "en" : lang.strip())));
        String fileName = DownloadName.sanitize("margin-" + report.by().parameter() + "-" + report.from() + "-" + report.to(), name);
        StreamingOutput body;
        String mediaType;
        if (name.equals("xlsx")) {
            MarginXlsxWriter writer = new MarginXlsxWriter();
            body = out -> writer.write(sheet, out);
            mediaType = writer.mediaType();
        } else {
            char separatorSign = ExportFormats.separator(separator);
            char decimalSign = ExportFormats.decimalSign(decimal);
            InvalidInputException.require(separatorSign != decimalSign, "decimal", "The decimal sign must differ from the separator: with"
                    + " decimal=comma choose separator=semicolon (or tab, pipe)");
            MarginCsvWriter writer = new MarginCsvWriter(bom, separatorSign, decimalSign);
            body = out -> writer.write(sheet, out);
            mediaType = writer.mediaType();
        }
        return Response.ok(body, mediaType).header("Content-Disposition", DownloadName.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /** The entries behind a figure: of a project, an account or a person (at least one), in the months from–to; newest first. */
    @GET
    @Path("entries")
    @Produces(MediaType.APPLICATION_JSON)
    public MarginDocuments.Entries entries(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("project") String project,
                                           @QueryParam("account") String account, @QueryParam("person") String person,
                                           @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        MarginQuery period = MarginQuery.parse(from, to, "month", project, account);
        return MarginDocuments.Entries.of(margin.entries(period.from(), period.to(), project, account, person, offset, limit));
    }
}
