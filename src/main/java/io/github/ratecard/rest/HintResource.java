package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.insight.hints.Evidence;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintFilter;
import io.github.ratecard.insight.hints.HintRuns;
import io.github.ratecard.insight.hints.HintService;
import io.github.ratecard.web.HintText;
import io.github.ratecard.web.HintWords;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
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
 * {@code /insights/hints}: the cost-optimisation hints the caller may see (finance every one; a
 * project's lead or View costs holder those about their projects), dismissing one with a reason,
 * asking for a run (finance), the rules' setting (finance) and the caller's weekly e-mail.
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

    @Inject
    public HintResource(HintService hints, HintWords words, ProjectDirectory projects, AccessPolicy access) {
        this.hints = hints;
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

    @GET
    public HintsDoc list(@QueryParam("state") String state, @QueryParam("rule") String rule, @QueryParam("account") String account,
                         @QueryParam("project") String projectKey) {
        access.requireSignedIn();
        Long projectId = projectKey == null || projectKey.isBlank() ? null : KnownProjects.byKey(projects, access, projectKey.trim()).id();
        HintText text = words.current();
        List<Row> rows = hints.list(HintFilter.of(state == null ? null : state.trim().toLowerCase(Locale.ROOT), rule, account, projectId)).stream()
                .map(hint -> row(hint, text)).toList();
        return new HintsDoc(rows, hints.latestRun().map(HintResource::run).orElse(null), hints.uninvoicedDays());
    }

    @POST
    @Path("{id}/dismiss")
    public Row dismiss(@PathParam("id") long id, DismissBody body) {
        access.requireSignedIn();
        return row(hints.dismiss(id, body == null ? null : body.reason()), words.current());
    }

    @POST
    @Path("run")
    public Response run() {
        return Response.status(Response.Status.ACCEPTED).entity(run(hints.requestRun())).build();
    }

    @PUT
    @Path("settings")
    public SettingsDoc settings(SettingsBody body) {
        access.requireSignedIn();
        access.requireFinance();
        InvalidInputException.require(body != null && body.uninvoicedDays() != null, "uninvoicedDays", "uninvoicedDays is required");
        return new SettingsDoc(hints.changeUninvoicedDays(body.uninvoicedDays()));
    }

    @GET
    @Path("digest")
    public DigestDoc digest() {
        return new DigestDoc(hints.subscribed());
    }

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

    private static Link link(Evidence evidence, HintText text) {
        return new Link(evidence.kind().name().toLowerCase(Locale.ROOT), text.evidenceLabel(evidence), text.evidenceUrl(evidence));
    }

    private static Run run(HintRuns.Run run) {
        return new Run(run.requestedBy().orElse(null), run.requestedAt().map(Instant::toString).orElse(null),
                run.finishedAt().map(Instant::toString).orElse(null), run.found(),
                run.failures().stream().map(f -> f.ruleId()).toList());
    }
}
