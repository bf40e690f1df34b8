package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.TimesheetService;
import io.github.ratecard.approval.TimesheetPeriod;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** {@code /timesheets/mine}: the signed-in user's own timesheets, with the hours per day the ledger holds, and submitting one. */
@Path("timesheets/mine")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TimesheetResource {

    /** At most this many periods in one answer. */
    static final int MAX_PERIODS = 12;

    private final TimesheetService timesheets;
    private final AccessPolicy access;

    @Inject
    public TimesheetResource(TimesheetService timesheets, AccessPolicy access) {
        this.timesheets = timesheets;
        this.access = access;
    }

    /** A period named by its cadence and any day in it. */
    public record PeriodBody(String cadence, String day) {
    }

    /** The period containing {@code day} and the {@code count - 1} before it, newest first. */
    @GET
    public List<TimesheetPeriods.Sheet> mine(@QueryParam("cadence") String cadence, @QueryParam("day") String day,
                                             @QueryParam("count") Integer count) {
        access.requireSignedIn();
        TimesheetPeriod period = TimesheetPeriods.of(cadence, day);
        int periods = count == null ? 1 : count;
        io.github.ratecard.domain.InvalidInputException.require(periods >= 1 && periods <= MAX_PERIODS, "count",
                "count must be from 1 to " + MAX_PERIODS);
        String me = access.currentViewer().orElseThrow().userKey();
        List<TimesheetPeriods.Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            sheets.add(TimesheetPeriods.Sheet.of(timesheets.timesheet(me, period), timesheets.mySecondsPerDay(period)));
            period = TimesheetPeriod.containing(period.cadence(), period.first().minusDays(1));
        }
        return sheets;
    }

    /**
     * Submits the caller's own timesheet of the period that contains the day
     * and answers it; one submitted or approved already is a conflict (409).
     */
    @POST
    @Path("submit")
    public TimesheetPeriods.Sheet submit(PeriodBody body) {
        access.requireSignedIn();
        Inputs.body(body);
        TimesheetPeriod period = TimesheetPeriods.of(body.cadence(), body.day());
        return TimesheetPeriods.Sheet.of(timesheets.submit(period), timesheets.mySecondsPerDay(period));
    }
}
