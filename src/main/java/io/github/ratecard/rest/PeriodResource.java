package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.PendingChangeService;
import io.github.ratecard.app.PeriodCloseService;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.ClosedMonths;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.Refusal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code /periods}: finance's months, for every project and for one project, open or closed, with the
 * open pending changes of each month (per project); closing and reopening one (a reason required).
 */
@Path("periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PeriodResource {

    /** At most this many months in one answer. */
    static final int MAX_MONTHS = 24;

    private final PeriodCloseService closes;
    private final PendingChangeService pending;
    private final ProjectDirectory projects;
    private final AccessPolicy access;

    @Inject
    public PeriodResource(PeriodCloseService closes, PendingChangeService pending, ProjectDirectory projects, AccessPolicy access) {
        this.closes = closes;
        this.pending = pending;
        this.projects = projects;
        this.access = access;
    }

    /** A month of a scope ({@code projectKey} null for every project) and its state; pending changes counted for a project's month. */
    public record Month(String month, String projectKey, boolean closed, Long pendingChanges) {
    }

    /** The month to close or reopen, the project (none for every project) and the note (close) or reason (reopen). */
    public record CloseBody(String month, String projectKey, String reason) {
    }

    /**
     * The months {@code from}–{@code to} (at most 24), closed or open for every project
     * and, with {@code project}, for that project with its open pending changes.
     */
    @GET
    public List<Month> months(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("project") String projectKey) {
        access.requireSignedIn();
        access.requireFinance();
        YearMonth first = month(from, "from");
        YearMonth last = month(to, "to");
        InvalidInputException.require(!last.isBefore(first), "to", "to must not be before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(last.isBefore(first.plusMonths(MAX_MONTHS)), "to", "The range may span at most " + MAX_MONTHS + " months");
        Optional<ProjectRef> project = Optional.ofNullable(projectKey).filter(k -> !k.isBlank()).map(k -> KnownProjects.byKey(projects, access, k));
        ClosedMonths closed = closes.closedBetween(first, last);
        Map<YearMonth, Long> counts = new TreeMap<>();
        project.ifPresent(p -> pending.openOfProject(p.id()).forEach(stored -> counts.merge(monthOf(stored), 1L, Long::sum)));
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new Month(month.toString(), null, closed.closedIn(CloseScope.GLOBAL, month), null));
            if (project.isPresent()) {
                months.add(new Month(month.toString(), project.get().key(), closed.closedIn(CloseScope.project(project.get().id()), month),
                        counts.getOrDefault(month, 0L)));
            }
        }
        return months;
    }

    /** Closes a month for every project or for one, with an optional note; a month closed already is a conflict (409). */
    @POST
    @Path("close")
    public Month close(CloseBody body) {
        CloseScope scope = scope(body);
        YearMonth month = month(body.month(), "month");
        closes.close(scope, month, body.reason());
        return new Month(month.toString(), body.projectKey(), true, null);
    }

    /** Reopens a closed month for every project or for one, with a reason (required); a month that is open is a conflict (409). */
    @POST
    @Path("reopen")
    public Month reopen(CloseBody body) {
        CloseScope scope = scope(body);
        YearMonth month = month(body.month(), "month");
        closes.reopen(scope, month, body.reason());
        return new Month(month.toString(), body.projectKey(), false, null);
    }

    private CloseScope scope(CloseBody body) {
        access.requireSignedIn();
        access.requireFinance();
        Inputs.body(body);
        return body.projectKey() == null || body.projectKey().isBlank() ? CloseScope.GLOBAL
                : CloseScope.project(KnownProjects.byKey(projects, access, body.projectKey()).id());
    }

    private static YearMonth monthOf(PendingChangeStore.Stored stored) {
        return YearMonth.from(stored.change().after().or(() -> stored.change().before()).orElseThrow().day());
    }

    private static YearMonth month(String value, String field) {
        InvalidInputException.require(value != null && !value.isBlank(), field, field + " is required, e.g. 2026-05",
                Refusal.of(Refusal.Reason.REQUIRED));
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a month such as 2026-05, was: " + value);
        }
    }
}
