package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.budget.OverheadRate;
import io.github.ratecard.app.OverheadService;
import io.github.ratecard.rest.RequestBodies.OverheadBody;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /settings/overhead}: the overhead percentages on labour cost that loaded cost budgets
 * count, global or per project, each from a day on. Finance only.
 */
@Path("settings/overhead")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class OverheadResource {

    private final OverheadService overhead;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public OverheadResource(OverheadService overhead, AccessPolicy access, SecureAdminSession secureSession) {
        this.overhead = overhead;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** Every rate: global first, then by project and day. */
    @GET
    public List<BudgetDocuments.OverheadDoc> list() {
        access.requireFinance();
        secureSession.require(httpRequest);
        return overhead.rates().stream().map(BudgetDocuments.OverheadDoc::of).collect(Collectors.toList());
    }

    /** A rate from a day on; without {@code projectKey} it applies to every project that has none of its own. */
    @POST
    public Response add(OverheadBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        OverheadRate rate = new OverheadRate(0, body.projectKey(), Inputs.requiredDate(body.from(), "from"),
                Inputs.percent(Inputs.required(body.percent(), "percent"), "percent"));
        return Response.status(Response.Status.CREATED).entity(BudgetDocuments.OverheadDoc.of(overhead.add(rate))).build();
    }

    /** Removes an overhead rate. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        overhead.delete(id);
        return Response.noContent().build();
    }
}
