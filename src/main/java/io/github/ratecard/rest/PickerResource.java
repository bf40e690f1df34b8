package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountSearch;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.money.Currencies;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * The pickers' suggestions: {@code GET /pickers/users|projects|accounts|currencies?q=…&limit=…}, each
 * answering keys with the names people know them by. Users, projects and accounts are for finance, who
 * use the pages that pick them; a project the caller may not know is never suggested. Currencies are ISO
 * data, for everyone signed in (an expense on the budget page is in a currency too).
 */
@Path("pickers")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PickerResource {

    private final UserDirectory users;
    private final ProjectDirectory projects;
    private final AccountStore accounts;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public PickerResource(UserDirectory users, ProjectDirectory projects, AccountStore accounts, AccessPolicy access,
                          SecureAdminSession secureSession) {
        this.users = users;
        this.projects = projects;
        this.accounts = accounts;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** One suggestion: the key the API takes, the name people read, and the two as a picker shows them. */
    public record Choice(String key, String name, String label) {
        static Choice of(String key, String name) {
            return new Choice(key, name, name == null || name.isBlank() || name.equals(key) ? key : name + " (" + key + ")");
        }
    }

    public record Choices(List<Choice> items) {
    }

    /** A picker's suggestions of active users whose user name, display name or e-mail matches {@code q}. */
    @GET
    @Path("users")
    public Choices users(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        SearchQuery query = financeQuery(q, limit);
        return new Choices(users.search(query, limit).stream().map(u -> Choice.of(u.key(), u.displayName())).toList());
    }

    /** A picker's suggestions of projects the caller may know whose key starts with {@code q} or whose name contains it. */
    @GET
    @Path("projects")
    public Choices projects(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        SearchQuery query = financeQuery(q, limit);
        return new Choices(projects.search(query).stream().filter(p -> access.mayKnowProject(p.id())).limit(limit)
                .map(p -> Choice.of(p.key(), p.name())).toList());
    }

    /** A picker's suggestions of accounts, of every status, whose key starts with {@code q} or whose name contains it. */
    @GET
    @Path("accounts")
    public Choices accounts(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        SearchQuery query = financeQuery(q, limit);
        return new Choices(AccountSearch.find(accounts, query, limit).stream().map(a -> Choice.of(a.key(), a.name())).toList());
    }

    /**
     * A picker's suggestions of ISO 4217 currencies whose code starts with
     * {@code q} or whose name, in English or the browser's language, contains it.
     */
    @GET
    @Path("currencies")
    public Choices currencies(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        access.requireSignedIn();
        SearchQuery query = query(q, limit);
        Locale locale = httpRequest == null || httpRequest.getLocale() == null ? Locale.ENGLISH : httpRequest.getLocale();
        return new Choices(Currencies.search(query, locale, limit).stream()
                .map(c -> Choice.of(c.getCurrencyCode(), c.getDisplayName(locale))).toList());
    }

    private SearchQuery financeQuery(String q, int limit) {
        access.requireSignedIn();
        access.requireFinance();
        secureSession.require(httpRequest);
        return query(q, limit);
    }

    private static SearchQuery query(String q, int limit) {
        InputLimits.requirePageSize(limit, InputLimits.PICKER_PAGE);
        return new SearchQuery(q);
    }
}
