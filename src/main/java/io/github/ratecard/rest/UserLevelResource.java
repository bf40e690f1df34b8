package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.app.LevelService;
import java.time.Clock;
import java.util.List;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** {@code GET /users/{key}/levels}: a user's staff level history, earliest first. Finance only. */
@Path("users/{userKey}/levels")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class UserLevelResource {

    private final LevelService levels;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final Clock clock;
    private final SecureAdminSession secureSession;
    private final ImpactPreviews previews;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public UserLevelResource(LevelService levels, UserDirectory users, AccessPolicy access, Clock clock, SecureAdminSession secureSession,
                             ImpactPreviews previews) {
        this.previews = previews;
        this.levels = levels;
        this.users = users;
        this.access = access;
        this.clock = clock;
        this.secureSession = secureSession;
    }

    /** The user's staff levels, earliest first, each from when to when. */
    @GET
    public List<Documents.Assignment> history(@PathParam("userKey") String userKey) {
        access.requireFinance();
        secureSession.require(httpRequest);
        if (users.byKey(userKey).isEmpty()) {
            throw new NotFoundException("No user " + userKey);
        }
        return new LevelResource(levels, users, access, clock, secureSession, previews).documents(levels.assignmentsOf(userKey));
    }
}
