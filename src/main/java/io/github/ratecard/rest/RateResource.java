package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateResolver;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.RateType;
import io.github.ratecard.rates.ScopeKind;
import io.github.ratecard.rest.RequestBodies.PeriodBody;
import io.github.ratecard.rest.RequestBodies.RateBody;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Cost and bill rates: {@code /rates/cost}, {@code /rates/bill}, {@code /rates/{id}} and
 * {@code /rates/resolve}. Finance only, except that a project's lead may read its bill rates.
 */
@Path("rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RateResource {

    private final RateCardService rates;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;
    private final ImpactPreviews previews;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public RateResource(RateCardService rates, ProjectDirectory projects, UserDirectory users, AccessPolicy access,
                        SecureAdminSession secureSession, ImpactPreviews previews) {
        this.users = users;
        this.previews = previews;
        this.rates = rates;
        this.projects = projects;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** Cost rates by scope, user, level and the day they apply on; a user rate carries the name Jira shows. */
    @GET
    @Path("cost")
    public List<Documents.RateDoc> costRates(@QueryParam("scope") String scope, @QueryParam("user") String user,
                                             @QueryParam("level") Long level, @QueryParam("date") String date) {
        access.requireFinance();
        secureSession.require(httpRequest);
        ScopeKind kind = kind(scope, RateType.COST);
        return documents(rates.find(new RateFilter(RateType.COST, kind, null, null, user, level, Inputs.date(date, "date"))));
    }

    /** Bill rates by scope, account, project, user, level and the day they apply on; a project's lead may read those of their project. */
    @GET
    @Path("bill")
    public List<Documents.RateDoc> billRates(@QueryParam("scope") String scope, @QueryParam("account") String account,
                                             @QueryParam("project") String project, @QueryParam("user") String user,
                                             @QueryParam("level") Long level, @QueryParam("date") String date) {
        access.requireSignedIn();
        Long projectId = null;
        if (project != null) {
            projectId = projectRef(project, "project").id();
            access.requireFinanceOrLead(projectId);
        } else {
            access.requireFinance();
            secureSession.require(httpRequest);
        }
        ScopeKind kind = kind(scope, RateType.BILL);
        return documents(rates.find(new RateFilter(RateType.BILL, kind, account, projectId, user, level, Inputs.date(date, "date"))));
    }

    /**
     * Adds a cost rate from a day on (201); one that starts inside its scope's
     * open-ended rate ends that one the day before, any other overlap is refused.
     */
    @Previewable
    @POST
    @Path("cost")
    public Response addCostRate(RateBody body, @QueryParam("dryRun") String dryRun) {
        return add(RateType.COST, body, dryRun);
    }

    /**
     * Adds a bill rate from a day on (201); one that starts inside its scope's
     * open-ended rate ends that one the day before, any other overlap is refused.
     */
    @Previewable
    @POST
    @Path("bill")
    public Response addBillRate(RateBody body, @QueryParam("dryRun") String dryRun) {
        return add(RateType.BILL, body, dryRun);
    }

    /** The rate with the id. */
    @GET
    @Path("{id}")
    public Documents.RateDoc get(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return document(rates.rate(id));
    }

    /** Moves a rate's period ("effective from" editing). */
    @Previewable
    @PUT
    @Path("{id}")
    public Response changePeriod(@PathParam("id") long id, PeriodBody body, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        EffectivePeriod period = new EffectivePeriod(Inputs.requiredDate(body.validFrom(), "validFrom"), Inputs.date(body.validTo(), "validTo"));
        return Impact.run(dryRun, previews, () -> rates.changePeriod(id, period), changed -> Response.ok(document(changed)).build());
    }

    /** Deletes a rate, undoing its adding: the rate of its scope that ended the day before it started takes its days back. */
    @Previewable
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return Impact.run(dryRun, previews, () -> {
            rates.delete(id);
            return null;
        }, none -> Response.noContent().build());
    }

    /** Which cost and bill rate apply to a user's work on a day, for the project and account given, and why. */
    @GET
    @Path("resolve")
    public Documents.Resolution resolve(@QueryParam("user") String user, @QueryParam("project") String project,
                                        @QueryParam("account") String account, @QueryParam("date") String date) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Long projectId = project == null ? null : projectRef(project, "project").id();
        LocalDate day = Inputs.requiredDate(date, "date");
        RateResolver.Resolution resolution = rates.resolve(Inputs.required(user, "user"), projectId, account, day);
        return new Documents.Resolution(day.toString(), user, project, account, resolution.levelId().orElse(null),
                Documents.Rule.of(resolution.cost()), Documents.Rule.of(resolution.bill()));
    }

    private Response add(RateType type, RateBody body, String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        ScopeKind kind = Inputs.requiredEnum(ScopeKind.class, body.scope(), "scope");
        InvalidInputException.require(kind.type() == type, "scope", kind + " is not a " + type.name().toLowerCase() + " rate scope");
        Long projectId = body.projectKey() == null ? null : projectRef(body.projectKey(), "projectKey").id();
        RateScope scope = new RateScope(kind, blankToNull(body.accountKey()), projectId, blankToNull(body.userKey()), body.levelId());
        HourlyRate hourly = HourlyRate.parse(body.amount(), Inputs.required(body.currency(), "currency"));
        EffectivePeriod period = new EffectivePeriod(Inputs.requiredDate(body.validFrom(), "validFrom"), Inputs.date(body.validTo(), "validTo"));
        return Impact.run(dryRun, previews, () -> rates.add(scope, hourly, period),
                created -> Response.created(URI.create("rates/" + created.id())).entity(document(created)).build());
    }

    private ScopeKind kind(String scope, RateType type) {
        ScopeKind kind = Inputs.enumValue(ScopeKind.class, scope, "scope");
        InvalidInputException.require(kind == null || kind.type() == type, "scope", kind + " is not a " + type.name().toLowerCase() + " rate scope");
        return kind;
    }

    private ProjectRef projectRef(String key, String field) {
        if ("project".equals(field)) {
            return KnownProjects.byKey(projects, access, key);
        }
        return projects.byKey(key).orElseThrow(() -> new InvalidInputException(field, "Unknown project: " + key));
    }

    private List<Documents.RateDoc> documents(List<Rate> found) {
        return found.stream().map(this::document).collect(Collectors.toList());
    }

    private Documents.RateDoc document(Rate rate) {
        String projectKey = rate.scope().projectId() == null ? null
                : projects.byId(rate.scope().projectId()).map(ProjectRef::key).orElse(null);
        String userName = rate.scope().userKey() == null ? null
                : users.byKey(rate.scope().userKey()).map(UserRef::displayName).orElse(null);
        return Documents.RateDoc.of(rate, projectKey, userName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
