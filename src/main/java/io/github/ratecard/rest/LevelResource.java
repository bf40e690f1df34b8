package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.rest.RequestBodies.AssignmentBody;
import io.github.ratecard.rest.RequestBodies.LevelBody;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/** Staff levels and who holds them: {@code /levels} and {@code /levels/{id}/assignments}. Finance only. */
@Path("levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LevelResource {

    private final LevelService levels;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final Clock clock;
    private final SecureAdminSession secureSession;
    private final ImpactPreviews previews;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public LevelResource(LevelService levels, UserDirectory users, AccessPolicy access, Clock clock, SecureAdminSession secureSession,
                         ImpactPreviews previews) {
        this.previews = previews;
        this.levels = levels;
        this.users = users;
        this.access = access;
        this.clock = clock;
        this.secureSession = secureSession;
    }

    /** Every staff level, active or not. */
    @GET
    public List<Documents.Level> list() {
        access.requireFinance();
        secureSession.require(httpRequest);
        return levels.levels().stream().map(Documents.Level::of).collect(Collectors.toList());
    }

    /** Creates a staff level (201, with the level); a name already in use, in any letter case, is a conflict (409). */
    @POST
    public Response create(LevelBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        StaffLevel level = levels.create(body.name(), body.description());
        return Response.created(URI.create("levels/" + level.id())).entity(Documents.Level.of(level)).build();
    }

    /** The staff level with the id. */
    @GET
    @Path("{id}")
    public Documents.Level get(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return Documents.Level.of(levels.level(id));
    }

    /** Changes a staff level's name and description, and whether it is active (left out: as it was). */
    @Previewable
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, LevelBody body, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        StaffLevel current = levels.level(id);
        boolean active = body.active() == null ? current.active() : body.active();
        return Impact.run(dryRun, previews, () -> levels.update(id, body.name(), body.description(), active),
                updated -> Response.ok(Documents.Level.of(updated)).build());
    }

    /** Who holds the level, each from when to when. */
    @GET
    @Path("{id}/assignments")
    public List<Documents.Assignment> assignments(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return documents(levels.assignmentsOfLevel(id));
    }

    /**
     * Gives a user the level from a day on (201) and prices their work from then again; their
     * open-ended assignment that started earlier ends the day before, any other overlap is refused.
     */
    @Previewable
    @POST
    @Path("{id}/assignments")
    public Response assign(@PathParam("id") long id, AssignmentBody body, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        levels.level(id);
        EffectivePeriod period = new EffectivePeriod(Inputs.requiredDate(body.validFrom(), "validFrom"), Inputs.date(body.validTo(), "validTo"));
        String userKey = Inputs.required(body.userKey(), "userKey");
        return Impact.run(dryRun, previews, () -> levels.assign(userKey, id, period), assignment -> Response
                .created(URI.create("levels/" + id + "/assignments/" + assignment.id())).entity(documents(List.of(assignment)).get(0)).build());
    }

    /** Removes an assignment of the level made by mistake and prices the work it covered again. */
    @Previewable
    @DELETE
    @Path("{id}/assignments/{assignmentId}")
    public Response unassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        boolean ofThisLevel = levels.assignmentsOfLevel(id).stream().anyMatch(a -> a.id() == assignmentId);
        if (!ofThisLevel) {
            throw new NotFoundException("No assignment " + assignmentId + " of level " + id);
        }
        return Impact.run(dryRun, previews, () -> {
            levels.deleteAssignment(assignmentId);
            return null;
        }, none -> Response.noContent().build());
    }

    List<Documents.Assignment> documents(List<LevelAssignment> assignments) {
        Map<Long, String> names = levels.levels().stream().collect(Collectors.toMap(StaffLevel::id, StaffLevel::name));
        Function<String, String> userName = key -> users.byKey(key).map(UserRef::displayName).orElse(key);
        LocalDate today = LocalDate.now(clock);
        return assignments.stream().map(a -> Documents.Assignment.of(a, userName.apply(a.userKey()), names.get(a.levelId()), today))
                .collect(Collectors.toList());
    }
}
