package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.ApprovalRefusals;
import io.github.ratecard.app.TeamTimesheets;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.Reasons;
import io.github.ratecard.approval.TeamTimesheet;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.web.RefusalWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /approvals}: the timesheets of a period the signed-in user approves (lead or Manage budgets of a
 * project the time was logged in; never their own), and approving or rejecting one or many. Each timesheet
 * is decided on its own: the answer reports, per timesheet, its new state or why it was refused.
 */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ApprovalResource {

    /** At most this many timesheets in one request. */
    static final int MAX_USERS = 200;

    private final TimesheetService timesheets;
    private final TeamTimesheets team;
    private final AccessPolicy access;

    @Context
    private HttpServletRequest request;

    @Inject
    public ApprovalResource(TimesheetService timesheets, TeamTimesheets team, AccessPolicy access) {
        this.timesheets = timesheets;
        this.team = team;
        this.access = access;
    }

    /** The users whose timesheets of the period (its cadence and a day in it) are decided, and the reason of a rejection. */
    public record DecisionBody(String cadence, String day, List<String> users, String reason) {
    }

    /** One timesheet's outcome: its state after the request, or the status, field, i18n key and message of its refusal. */
    public record Outcome(String userKey, boolean done, String state, Integer status, String field, String key, String message) {
    }

    /**
     * A timesheet the asker approves, with its figures: worked and billable seconds, the billable share, the entries missing a rate
     * or account, whether its work changed after it was submitted or approved, and its open pending changes.
     */
    public record TeamSheet(String userKey, String cadence, String first, String last, String label, String state, List<Long> projectIds,
                            long workedSeconds, long billableSeconds, int billablePercent, int unpriced, boolean changedSince, int pendingChanges) {

        static TeamSheet of(TeamTimesheet line) {
            Timesheet sheet = line.sheet();
            return new TeamSheet(sheet.userKey(), sheet.period().cadence().name(), sheet.period().first().toString(), sheet.period().last().toString(),
                    sheet.period().label(), sheet.state().name(), List.copyOf(new java.util.TreeSet<>(line.projects())), line.figures().workedSeconds(),
                    line.figures().billableSeconds(), line.billablePercent(), line.figures().unpriced(), line.changedSince(), line.pendingChanges());
        }
    }

    /** The period's timesheets the asker approves; {@code unsubmitted=true} adds, as OPEN, those of users who logged time and never acted. */
    @GET
    public List<TeamSheet> list(@QueryParam("cadence") String cadence, @QueryParam("day") String day, @QueryParam("unsubmitted") boolean unsubmitted) {
        access.requireSignedIn();
        return team.of(TimesheetPeriods.of(cadence, day)).stream().filter(line -> unsubmitted || line.sheet().id() != 0)
                .map(TeamSheet::of).toList();
    }

    /** Approves the named users' timesheets of the period, each on its own, and answers for each its new state or why it was refused. */
    @POST
    @Path("approve")
    public List<Outcome> approve(DecisionBody body) {
        TimesheetPeriod period = period(body);
        return decide(body, user -> timesheets.approve(user, period));
    }

    /**
     * Rejects the named users' timesheets of the period with a reason (required),
     * each on its own, and answers for each its new state or why it was refused.
     */
    @POST
    @Path("reject")
    public List<Outcome> reject(DecisionBody body) {
        TimesheetPeriod period = period(body);
        Reasons.refusal(body.reason(), true).ifPresent(refusal -> {
            throw ApprovalRefusals.exception(refusal, "reason");
        });
        return decide(body, user -> timesheets.reject(user, period, body.reason()));
    }

    /** Finance or an approver reopens approved timesheets, with a reason; their users submit them again. */
    @POST
    @Path("reopen")
    public List<Outcome> reopen(DecisionBody body) {
        TimesheetPeriod period = period(body);
        Reasons.refusal(body.reason(), true).ifPresent(refusal -> {
            throw ApprovalRefusals.exception(refusal, "reason");
        });
        return decide(body, user -> timesheets.reopen(user, period, body.reason()));
    }

    private TimesheetPeriod period(DecisionBody body) {
        access.requireSignedIn();
        Inputs.body(body);
        TimesheetPeriod period = TimesheetPeriods.of(body.cadence(), body.day());
        InvalidInputException.require(body.users() != null && !body.users().isEmpty(), "users", "users is required");
        InvalidInputException.require(body.users().size() <= MAX_USERS, "users", "At most " + MAX_USERS + " timesheets at once");
        return period;
    }

    private List<Outcome> decide(DecisionBody body, Function<String, Timesheet> action) {
        Optional<Locale> asked = RefusalWords.requested(request == null ? null : request.getHeader("Accept-Language"));
        RefusalWords words = RefusalWords.of(asked.orElse(Locale.ENGLISH));
        List<Outcome> outcomes = new ArrayList<>();
        for (String user : body.users()) {
            try {
                outcomes.add(new Outcome(user, true, action.apply(user).state().name(), null, null, null, null));
            } catch (ConflictException e) {
                outcomes.add(new Outcome(user, false, null, 409, e.field(), e.key().orElse(null),
                        e.key().filter(k -> asked.isPresent()).map(k -> words.text(k, e.getMessage())).orElse(e.getMessage())));
            } catch (AccessDeniedException e) {
                outcomes.add(new Outcome(user, false, null, 403, null, e.key().orElse(null),
                        e.key().filter(k -> asked.isPresent()).map(k -> words.text(k, e.getMessage())).orElse(e.getMessage())));
            }
        }
        return outcomes;
    }
}
