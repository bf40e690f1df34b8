package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.export.DownloadName;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.export.HintCsvWriter;
import io.github.ratecard.export.HintLine;
import io.github.ratecard.export.HintWriter;
import io.github.ratecard.export.HintXlsxWriter;
import io.github.ratecard.insight.hints.Dismissal;
import io.github.ratecard.insight.hints.Evidence;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintFilter;
import io.github.ratecard.insight.hints.HintRuns;
import io.github.ratecard.insight.hints.HintService;
import io.github.ratecard.web.HintText;
import io.github.ratecard.web.HintWords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
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
import javax.ws.rs.core.StreamingOutput;

/**
 * {@code /insights/hints}: the cost-optimisation hints the caller may see (finance every one; a
 * project's lead or View costs holder those about their projects), dismissing one with a reason,
 * asking for a run (finance), the rules' setting (finance) and the caller's weekly e-mail. The list
 * is JSON, or an XLSX or CSV download.
 */
@Path("insights/hints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HintResource {

    private final HintService hints;
    private final HintWords words;
    private final ProjectDirectory projects;
    private final AccessPolicy access;
    private final ReportingSettings reporting;
    private final Clock clock;

    @Inject
    public HintResource(HintService hints, HintWords words, ProjectDirectory projects, AccessPolicy access, ReportingSettings reporting,
                        Clock clock) {
        this.hints = hints;
        this.reporting = reporting;
        this.clock = clock;
        this.words = words;
        this.projects = projects;
        this.access = access;
    }

    public record Figures(String kind, String value, String currency) {
    }

    public record Link(String kind, String label, String url) {
    }

    public record Dismissed(String by, String at, String reason) {
    }

    public record Row(long id, String rule, String ruleName, String state, String finding, LedgerResource.Amount atStake, String action,
                      String accountKey, List<String> projectKeys, List<Figures> figures, List<Link> evidence, String firstSeen, String lastSeen,
                      Dismissed dismissal) {
    }

    public record Run(String requestedBy, String requestedAt, String finishedAt, int found, List<String> failedRules) {
    }

    public record HintsDoc(List<Row> rows, Run lastRun, int uninvoicedDays) {
    }

    public record DismissBody(String reason) {
    }

    public record SettingsBody(Integer uninvoicedDays) {
    }

    public record SettingsDoc(int uninvoicedDays) {
    }

    public record DigestDoc(boolean subscribed) {
    }

    public record DigestBody(Boolean subscribed) {
    }

    /** JSON in the caller's language; with {@code format=xlsx|csv} a download in {@code lang} (en, de; default the caller's). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response list(@QueryParam("state") String state, @QueryParam("rule") String rule, @QueryParam("account") String account,
                         @QueryParam("project") String projectKey, @QueryParam("format") @DefaultValue("json") String format,
                         @QueryParam("lang") String lang, @QueryParam("bom") @DefaultValue("false") boolean bom,
                         @QueryParam("separator") @DefaultValue(",") String separator, @QueryParam("decimal") @DefaultValue("point") String decimal) {
        access.requireSignedIn();
        String kind = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        InvalidInputException.require(kind.equals("json") || kind.equals("xlsx") || kind.equals("csv"), "format",
                "format must be json, xlsx or csv, was: " + format);
        HintWriter writer = kind.equals("json") ? null : writer(kind, bom, separator, decimal);
        Long projectId = projectKey == null || projectKey.isBlank() ? null : KnownProjects.byKey(projects, access, projectKey.trim()).id();
        HintFilter filter = HintFilter.of(state == null ? null : state.trim().toLowerCase(Locale.ROOT), rule, account, projectId);
        List<Hint> found = hints.list(filter);
        if (writer == null) {
            HintText text = words.current();
            return Response.ok(new HintsDoc(found.stream().map(hint -> row(hint, text)).toList(),
                    hints.latestRun().map(HintResource::run).orElse(null), hints.uninvoicedDays()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Locale language = lang == null || lang.isBlank() ? null : Locale.forLanguageTag(lang.trim());
        HintText text = words.in(language);
        ExportWords exportWords = ExportWords.of(text.locale());
        ZoneId zone = reporting.reportingZone();
        List<HintLine> lines = found.stream().map(hint -> line(hint, text, zone)).toList();
        String name = DownloadName.sanitize("hints-" + filter.state().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("all") + "-"
                + LocalDate.now(clock.withZone(zone)), writer.extension());
        StreamingOutput body = out -> writer.write(lines, exportWords, out);
        return Response.ok(body, writer.mediaType()).header("Content-Disposition", DownloadName.contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /**
     * Dismisses a hint the caller sees, with a reason (required); it stays dismissed in later
     * runs unless it grows by more than 25 %, and a hint dismissed already is a conflict (409).
     */
    @POST
    @Path("{id}/dismiss")
    public Row dismiss(@PathParam("id") long id, DismissBody body) {
        access.requireSignedIn();
        return row(hints.dismiss(id, body == null ? null : body.reason()), words.current());
    }

    /** Asks for an evaluation of the hints now and answers the waiting run (202); the hints job starts it within minutes. */
    @POST
    @Path("run")
    public Response run() {
        return Response.status(Response.Status.ACCEPTED).entity(run(hints.requestRun())).build();
    }

    /** Sets how many days (1 to 365) after a month's end its billable work counts as not invoiced. */
    @PUT
    @Path("settings")
    public SettingsDoc settings(SettingsBody body) {
        access.requireSignedIn();
        access.requireFinance();
        InvalidInputException.require(body != null && body.uninvoicedDays() != null, "uninvoicedDays", "uninvoicedDays is required");
        return new SettingsDoc(hints.changeUninvoicedDays(body.uninvoicedDays()));
    }

    /** Whether the caller receives the weekly hints e-mail. */
    @GET
    @Path("digest")
    public DigestDoc digest() {
        return new DigestDoc(hints.subscribed());
    }

    /** Subscribes the caller to the weekly hints e-mail or unsubscribes them; subscribing needs finance or a hint the caller sees. */
    @PUT
    @Path("digest")
    public DigestDoc subscribe(DigestBody body) {
        access.requireSignedIn();
        InvalidInputException.require(body != null && body.subscribed() != null, "subscribed", "subscribed is required (true or false)");
        return new DigestDoc(hints.subscribe(body.subscribed()));
    }

    static Row row(Hint hint, HintText text) {
        var finding = hint.finding();
        return new Row(hint.id(), finding.ruleId(), text.ruleName(finding.ruleId()), hint.state().name().toLowerCase(Locale.ROOT), text.finding(finding),
                LedgerResource.Amount.of(finding.atStake()), text.action(finding), finding.accountKey(),
                finding.projectIds().stream().sorted().map(text::projectKey).toList(),
                finding.figures().stream().map(f -> new Figures(f.kind().name().toLowerCase(Locale.ROOT), f.value(), f.currency())).toList(),
                finding.evidence().stream().map(e -> link(e, text)).toList(), hint.firstSeen().toString(), hint.lastSeen().toString(),
                hint.dismissal().map(d -> new Dismissed(d.byUserKey(), d.at().toString(), d.reason())).orElse(null));
    }

    static HintLine line(Hint hint, HintText text, ZoneId zone) {
        var finding = hint.finding();
        return new HintLine(text.ruleName(finding.ruleId()), text.format().text("ratecard.hints.state." + hint.state().name().toLowerCase(Locale.ROOT)),
                text.finding(finding), finding.atStake() == null ? null : finding.atStake().toDecimal(),
                finding.atStake() == null ? "" : finding.atStake().currency().getCurrencyCode(), text.action(finding),
                finding.accountKey() == null ? "" : finding.accountKey(),
                finding.projectIds().stream().sorted().map(text::projectKey).collect(Collectors.joining(", ")),
                hint.firstSeen().atZone(zone).toLocalDate(), hint.lastSeen().atZone(zone).toLocalDate(),
                hint.dismissal().map(d -> text.userName(d.byUserKey())).orElse(""), hint.dismissal().map(Dismissal::reason).orElse(""));
    }

    private static HintWriter writer(String kind, boolean bom, String separator, String decimal) {
        if (kind.equals("xlsx")) {
            return new HintXlsxWriter();
        }
        char separatorSign = ExportFormats.separator(separator);
        char decimalSign = ExportFormats.decimalSign(decimal);
        InvalidInputException.require(separatorSign != decimalSign, "decimal", "The decimal sign must differ from the separator: with"
                + " decimal=comma choose separator=semicolon (or tab, pipe)");
        return new HintCsvWriter(bom, separatorSign, decimalSign);
    }

    private static Link link(Evidence evidence, HintText text) {
        return new Link(evidence.kind().name().toLowerCase(Locale.ROOT), text.evidenceLabel(evidence), text.evidenceUrl(evidence));
    }

    private static Run run(HintRuns.Run run) {
        return new Run(run.requestedBy().orElse(null), run.requestedAt().map(Instant::toString).orElse(null),
                run.finishedAt().map(Instant::toString).orElse(null), run.found(),
                run.failures().stream().map(f -> f.ruleId()).toList());
    }
}
