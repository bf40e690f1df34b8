package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.AccountService;
import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.rest.RequestBodies.LinkBody;
import java.net.URI;
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

/** A project's accounts: {@code /projects/{projectKey}/accounts}. Finance changes them; the project lead may read them. */
@Path("projects/{projectKey}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProjectAccountResource {

    private final AccountService accounts;
    private final ProjectDirectory projects;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;
    private final ImpactPreviews previews;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public ProjectAccountResource(AccountService accounts, ProjectDirectory projects, AccessPolicy access, SecureAdminSession secureSession,
                                  ImpactPreviews previews) {
        this.previews = previews;
        this.accounts = accounts;
        this.projects = projects;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** The accounts the project bills to, its default marked. */
    @GET
    public List<Documents.ProjectAccount> list(@PathParam("projectKey") String projectKey) {
        access.requireSignedIn();
        ProjectRef project = project(projectKey);
        access.requireFinanceOrLead(project.id());
        return accounts.links(projectKey).stream().map(link -> document(project, link)).collect(Collectors.toList());
    }

    /**
     * Links an open account to the project, as its default if asked (201); the first
     * account linked is the default, and a closed or linked account is a conflict (409).
     */
    @Previewable
    @POST
    public Response link(@PathParam("projectKey") String projectKey, LinkBody body, @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        String accountKey = Inputs.required(body.accountKey(), "accountKey");
        return Impact.run(dryRun, previews, () -> accounts.link(projectKey, accountKey, Boolean.TRUE.equals(body.isDefault())),
                link -> Response.created(URI.create("projects/" + projectKey + "/accounts/" + link.accountKey()))
                        .entity(document(project(projectKey), link)).build());
    }

    /** Unlinks an account from the project; the default account is refused (409) while others are linked. */
    @Previewable
    @DELETE
    @Path("{accountKey}")
    public Response unlink(@PathParam("projectKey") String projectKey, @PathParam("accountKey") String accountKey,
                           @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return Impact.run(dryRun, previews, () -> {
            accounts.unlink(projectKey, accountKey);
            return null;
        }, none -> Response.noContent().build());
    }

    /** Makes a linked account the project's default, the one its issues bill to when their Account field is empty. */
    @Previewable
    @PUT
    @Path("{accountKey}/default")
    public Response makeDefault(@PathParam("projectKey") String projectKey, @PathParam("accountKey") String accountKey,
                                @QueryParam("dryRun") String dryRun) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return Impact.run(dryRun, previews, () -> accounts.setDefault(projectKey, accountKey),
                link -> Response.ok(document(project(projectKey), link)).build());
    }

    private ProjectRef project(String projectKey) {
        return KnownProjects.byKey(projects, access, projectKey);
    }

    private Documents.ProjectAccount document(ProjectRef project, ProjectAccountLink link) {
        ClientAccount account = accounts.account(link.accountKey());
        return new Documents.ProjectAccount(project.key(), account.key(), account.name(), account.currency().getCurrencyCode(),
                account.status().name(), link.isDefault());
    }
}
