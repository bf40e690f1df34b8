package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.CapacityService;
import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.CountryCode;
import io.github.ratecard.capacity.DayHours;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.capacity.ical.IcsHolidayReader;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.rest.CapacityBodies.AbsenceBody;
import io.github.ratecard.rest.CapacityBodies.CountryBody;
import io.github.ratecard.rest.CapacityBodies.HolidayBody;
import io.github.ratecard.rest.CapacityBodies.HoursBody;
import io.github.ratecard.rest.CapacityBodies.SettingsBody;
import io.github.ratecard.rest.CapacityDocuments.AbsenceDoc;
import io.github.ratecard.rest.CapacityDocuments.CapacityDoc;
import io.github.ratecard.rest.CapacityDocuments.CountryDoc;
import io.github.ratecard.rest.CapacityDocuments.HolidayDoc;
import io.github.ratecard.rest.CapacityDocuments.HoursDoc;
import io.github.ratecard.rest.CapacityDocuments.ImportDoc;
import io.github.ratecard.rest.CapacityDocuments.SettingsDoc;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * {@code /capacity/…}: the capacity calendar. Finance keeps the settings, expected hours, countries, holidays (one by
 * one or from an .ics file) and absences; one person's expected hours per day are open to that person, finance, and
 * the lead of a project the person worked in during the days asked.
 */
@Path("capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CapacityResource {

    private final CapacityService capacity;
    private final LevelStore levels;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;
    private final Clock clock;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public CapacityResource(CapacityService capacity, LevelStore levels, UserDirectory users, AccessPolicy access, SecureAdminSession secureSession,
                            Clock clock) {
        this.capacity = capacity;
        this.levels = levels;
        this.users = users;
        this.access = access;
        this.secureSession = secureSession;
        this.clock = clock;
    }

    /** The capacity calendar's site settings: hours per day, working days and the default country. */
    @GET
    @Path("settings")
    public SettingsDoc settings() {
        requireFinance();
        return SettingsDoc.of(capacity.settings());
    }

    /** Changes the fields given: {@code hoursPerDay}, {@code workingDays} (MONDAY … SUNDAY), {@code defaultCountry} ("" for none). */
    @PUT
    @Path("settings")
    public SettingsDoc saveSettings(SettingsBody body) {
        requireFinance();
        Inputs.body(body);
        CapacitySettings now = capacity.settings();
        CapacitySettings changed = new CapacitySettings(
                body.hoursPerDay() == null ? now.defaultSecondsPerDay() : DayHours.seconds(body.hoursPerDay(), "hoursPerDay"),
                body.workingDays() == null ? now.workingDays() : weekdays(body.workingDays()),
                body.defaultCountry() == null ? now.defaultCountry() : body.defaultCountry());
        return SettingsDoc.of(capacity.saveSettings(changed));
    }

    /** Every level's expected hours, then every person's own. */
    @GET
    @Path("hours")
    public List<HoursDoc> hours() {
        requireFinance();
        Map<Long, String> names = levels.levels().stream().collect(Collectors.toMap(StaffLevel::id, StaffLevel::name));
        return Stream.concat(capacity.levelHours().stream(), capacity.userHours().stream())
                .map(hours -> HoursDoc.of(hours, hours.isLevelDefault() ? names.get(hours.levelId()) : null,
                        hours.isLevelDefault() ? null : userName(hours.userKey())))
                .toList();
    }

    /**
     * Adds a staff level's or a person's expected hours per day from a day on (201); an open-ended
     * entry of theirs that starts earlier ends the day before, any other overlap is refused.
     */
    @POST
    @Path("hours")
    public Response addHours(HoursBody body) {
        requireFinance();
        Inputs.body(body);
        long seconds = DayHours.seconds(body.hoursPerDay(), "hoursPerDay");
        EffectivePeriod period = new EffectivePeriod(Inputs.requiredDate(body.validFrom(), "validFrom"), Inputs.date(body.validTo(), "validTo"));
        InvalidInputException.require((body.levelId() == null) != (body.userKey() == null || body.userKey().isBlank()), "levelId",
                "Give a levelId or a userKey, not both", Refusal.of(Refusal.Reason.REQUIRED));
        ExpectedHours hours = body.levelId() != null ? ExpectedHours.ofLevel(body.levelId(), seconds, period)
                : ExpectedHours.ofUser(body.userKey().trim(), seconds, period);
        ExpectedHours stored = capacity.addHours(hours);
        String levelName = stored.isLevelDefault() ? levels.level(stored.levelId()).map(StaffLevel::name).orElse(null) : null;
        return Response.status(Response.Status.CREATED)
                .entity(HoursDoc.of(stored, levelName, stored.isLevelDefault() ? null : userName(stored.userKey()))).build();
    }

    /** Removes an entry of expected hours. */
    @DELETE
    @Path("hours/{id}")
    public Response deleteHours(@PathParam("id") long id) {
        requireFinance();
        capacity.deleteHours(id);
        return Response.noContent().build();
    }

    /** The people who have a country of their own, with their names and countries. */
    @GET
    @Path("countries")
    public List<CountryDoc> countries() {
        requireFinance();
        return capacity.countries().entrySet().stream().map(entry -> new CountryDoc(entry.getKey(), userName(entry.getKey()), entry.getValue())).toList();
    }

    /** Sets the person's country ({@code {"country": "GB"}}); an empty one removes it. */
    @PUT
    @Path("countries/{userKey}")
    public CountryDoc setCountry(@PathParam("userKey") String userKey, CountryBody body) {
        requireFinance();
        Inputs.body(body);
        capacity.setCountry(userKey, body.country());
        return new CountryDoc(userKey, userName(userKey), capacity.countries().get(userKey));
    }

    /** The holidays of a year (default: this one), of one country or of all. */
    @GET
    @Path("holidays")
    public List<HolidayDoc> holidays(@QueryParam("country") String country, @QueryParam("year") String year) {
        requireFinance();
        int shown = year == null || year.isBlank() ? LocalDate.now(clock).getYear() : year(year.trim());
        return capacity.holidays(country, new DateRange(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31))).stream().map(HolidayDoc::of).toList();
    }

    /** Adds a public holiday of a country (201) or renames the country's holiday of that day (200). */
    @POST
    @Path("holidays")
    public Response putHoliday(HolidayBody body) {
        requireFinance();
        Inputs.body(body);
        Holiday holiday = new Holiday(Inputs.required(body.country(), "country"), Inputs.requiredDate(body.day(), "day"), body.name());
        boolean added = capacity.putHoliday(holiday);
        return (added ? Response.status(Response.Status.CREATED).entity(HolidayDoc.of(holiday)) : Response.ok(HolidayDoc.of(holiday))).build();
    }

    /** Reads every all-day event of an .ics file as a holiday of the country; a file with anything else changes nothing. */
    @POST
    @Path("holidays/import")
    @Consumes({"text/calendar", MediaType.APPLICATION_OCTET_STREAM})
    public ImportDoc importHolidays(@QueryParam("country") String country, byte[] file) {
        requireFinance();
        String code = CountryCode.of("country", country);
        InvalidInputException.require(file != null && file.length > 0, "file", "The .ics file is empty", Refusal.of(Refusal.Reason.REQUIRED));
        List<Holiday> holidays = IcsHolidayReader.read(code, file);
        return new ImportDoc(code, holidays.size(), capacity.importHolidays(holidays));
    }

    /** Removes the country's holiday of that day. */
    @DELETE
    @Path("holidays/{country}/{day}")
    public Response deleteHoliday(@PathParam("country") String country, @PathParam("day") String day) {
        requireFinance();
        capacity.deleteHoliday(country, Inputs.requiredDate(day, "day"));
        return Response.noContent().build();
    }

    /** Absences overlapping the days (default: this year), of one person or of everybody. */
    @GET
    @Path("absences")
    public List<AbsenceDoc> absences(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("user") String user) {
        requireFinance();
        DateRange days = range(from, to, LocalDate.now(clock).withDayOfYear(1), LocalDate.now(clock).withDayOfYear(1).plusYears(1).minusDays(1));
        return capacity.absences(user == null || user.isBlank() ? null : user.trim(), days).stream()
                .map(absence -> AbsenceDoc.of(absence, userName(absence.userKey()))).toList();
    }

    /**
     * Records a person's absence from the first to the last day (default: the first), whole or half days, with an optional reason (201).
     */
    @POST
    @Path("absences")
    public Response addAbsence(AbsenceBody body) {
        requireFinance();
        Inputs.body(body);
        LocalDate first = Inputs.requiredDate(body.firstDay(), "firstDay");
        LocalDate last = body.lastDay() == null || body.lastDay().isBlank() ? first : Inputs.requiredDate(body.lastDay(), "lastDay");
        InvalidInputException.require(!last.isBefore(first), "lastDay", "The last day comes before the first", Refusal.of(Refusal.Reason.DATE_ORDER));
        Absence stored = capacity.addAbsence(new Absence(0, Inputs.required(body.userKey(), "userKey"), new DateRange(first, last),
                Boolean.TRUE.equals(body.halfDay()), body.reason()));
        return Response.status(Response.Status.CREATED).entity(AbsenceDoc.of(stored, userName(stored.userKey()))).build();
    }

    /** Removes an absence. */
    @DELETE
    @Path("absences/{id}")
    public Response deleteAbsence(@PathParam("id") long id) {
        requireFinance();
        capacity.deleteAbsence(id);
        return Response.noContent().build();
    }

    /** The person's expected hours of each day from {@code from} to {@code to} (both required, at most 731 days). */
    @GET
    @Path("people/{userKey}")
    public CapacityDoc person(@PathParam("userKey") String userKey, @QueryParam("from") String from, @QueryParam("to") String to) {
        access.requireSignedIn();
        DateRange days = range(Inputs.required(from, "from"), Inputs.required(to, "to"), null, null);
        return CapacityDoc.of(userKey, days.first(), days.last(), capacity.capacityOf(userKey, days));
    }

    private void requireFinance() {
        access.requireFinance();
        secureSession.require(httpRequest);
    }

    private String userName(String userKey) {
        return users.byKey(userKey).map(UserRef::displayName).orElse(userKey);
    }

    private static DateRange range(String from, String to, LocalDate defaultFirst, LocalDate defaultLast) {
        LocalDate first = from == null || from.isBlank() ? defaultFirst : Inputs.requiredDate(from, "from");
        LocalDate last = to == null || to.isBlank() ? defaultLast : Inputs.requiredDate(to, "to");
        InvalidInputException.require(!last.isBefore(first), "to", "to comes before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        DateRange days = new DateRange(first, last);
        InvalidInputException.require(days.days() <= InputLimits.CAPACITY_DAYS, "to", "The range may span at most " + InputLimits.CAPACITY_DAYS + " days",
                Refusal.of(Refusal.Reason.AT_MOST, InputLimits.CAPACITY_DAYS));
        return days;
    }

    private static int year(String text) {
        InvalidInputException.require(text.matches("\\d{4}"), "year", "year must be a year such as 2026, was: " + text,
                Refusal.of(Refusal.Reason.NOT_A_NUMBER, text));
        return Inputs.requiredDate(text + "-01-01", "year").getYear();
    }

    private static Set<DayOfWeek> weekdays(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < names.size(); i++) {
            days.add(Inputs.requiredEnum(DayOfWeek.class, names.get(i), "workingDays[" + i + "]"));
        }
        return days;
    }
}
