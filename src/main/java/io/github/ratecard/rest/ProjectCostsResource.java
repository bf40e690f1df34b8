package io.github.ratecard.rest;

import io.github.ratecard.domain.Refusal;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.ledger.CostGrouping;
import io.github.ratecard.ledger.ProjectCosts;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /projects/{key}/costs?from=2026-05&to=2026-10&groupBy=user|month|account}: a
 * project's worked and billed time, cost and bill amounts, from the rollups. Finance only (cost figures; the View costs project permission arrives with issue billing).
 */
@Path("projects/{projectKey}/costs")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProjectCostsResource {

    private final RollupStore ledger;
    private final ProjectDirectory projects;
    private final ReportingSettings settings;
    private final AccessPolicy access;

    @Inject
    public ProjectCostsResource(RollupStore ledger, ProjectDirectory projects, ReportingSettings settings, AccessPolicy access) {
        this.ledger = ledger;
        this.projects = projects;
        this.settings = settings;
        this.access = access;
    }

    public record Line(String group, long workedSeconds, long billedSeconds, LedgerResource.Amount cost, List<LedgerResource.Amount> bill,
                       long entries, long unpriced) {
        static Line of(ProjectCosts.Line line) {
            return new Line(line.group(), line.workedSeconds(), line.billedSeconds(), LedgerResource.Amount.of(line.cost()),
                    line.bill().values().stream().map(LedgerResource.Amount::of).collect(Collectors.toList()), line.entries(), line.unpriced());
        }
    }

    public record Costs(String projectKey, String from, String to, String groupBy, List<Line> lines, Line total) {
    }

    /**
     * The project's worked and billed time, cost and bill per user, month
     * or account over the months {@code from}–{@code to}, with the totals.
     */
    @GET
    public Costs costs(@PathParam("projectKey") String projectKey, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("groupBy") @DefaultValue("month") String groupBy) {
        access.requireSignedIn();
        ProjectRef project = KnownProjects.byKey(projects, access, projectKey);
        access.requireViewCosts(project.id());
        YearMonth first = month(from, "from");
        YearMonth last = month(to, "to");
        InvalidInputException.require(!last.isBefore(first), "to", "to must not be before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(first.plusYears(InputLimits.COST_RANGE_YEARS).isAfter(last), "to", "The range may span at most "
                + InputLimits.COST_RANGE_YEARS + " years");
        CostGrouping grouping = Inputs.requiredEnum(CostGrouping.class, groupBy, "groupBy");
        List<Rollup> rollups = ledger.rollups(Rollup.Kind.PROJECT, project.id(), null, first, last);
        List<ProjectCosts.Line> lines = ProjectCosts.lines(rollups, grouping, settings.baseCurrency());
        return new Costs(project.key(), first.toString(), last.toString(), grouping.name().toLowerCase(java.util.Locale.ROOT),
                lines.stream().map(Line::of).collect(Collectors.toList()), Line.of(ProjectCosts.total(lines, settings.baseCurrency())));
    }

    private static YearMonth month(String value, String field) {
        InvalidInputException.require(value != null && !value.isBlank(), field, field + " is required, e.g. 2026-05");
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a month such as 2026-05, was: " + value);
        }
    }
}
