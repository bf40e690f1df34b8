package io.github.ratecard.sandbox;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.IssueFieldValues;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.jira.FieldEditRule;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.sandbox.model.SbWorklog;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Development endpoints under {@code /sandbox/api}: create issues, set their billing fields, and
 * create, edit and delete worklogs. Every worklog change goes through the {@link WorklogIntake},
 * the same entry point Jira's worklog events use.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevResource {

    private final SandboxStore store;
    private final WorklogIntake intake;
    private final AccessPolicy accessPolicy;
    private final Clock clock;

    private final IssueBillingService billing;
    private final AccountStore accounts;

    DevResource(SandboxStore store, WorklogIntake intake, AccessPolicy accessPolicy, Clock clock, IssueBillingService billing,
                AccountStore accounts) {
        this.billing = billing;
        this.accounts = accounts;
        this.store = store;
        this.intake = intake;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    /** {@code {"project": "ACME", "summary": "…", "assignee": "agent01", "parent": "ACME-1", "estimateSeconds": 7200}} (the last three optional) */
    public static final class NewIssue {
        public String project;
        public String summary;
        public String assignee;
        public String parent;
        public Long estimateSeconds;
    }

    /** {@code {"issue": "ACME-1", "author": "agent01", "started": "2026-11-02T09:00:00Z", "timeSpentSeconds": 3600, "comment": "…"}} */
    public static final class WorklogInput {
        public String issue;
        public String author;
        public String started;
        public Long timeSpentSeconds;
        public String comment;
    }

    @POST
    @Path("issues")
    public Response createIssue(NewIssue input) {
        require(input != null, "body", "A JSON body is required");
        SbProject project = store.project(input.project).orElseThrow(() -> invalid("project", "Unknown project: " + input.project));
        require(input.summary != null && !input.summary.isBlank() && input.summary.length() <= 255, "summary", "A summary of 1 to 255 characters is required");
        require(input.assignee == null || store.user(input.assignee).isPresent(), "assignee", "Unknown user: " + input.assignee);
        require(input.parent == null || store.issue(input.parent).isPresent(), "parent", "Unknown issue: " + input.parent);
        require(input.estimateSeconds == null || input.estimateSeconds >= 0, "estimateSeconds", "The estimate cannot be negative");
        SbIssue issue = store.createIssue(project, input.summary.trim(), input.assignee);
        store.plan(issue, input.parent, input.estimateSeconds == null ? 0 : input.estimateSeconds);
        return Response.status(Response.Status.CREATED).entity(issueDocument(issue, project)).build();
    }

    @GET
    @Path("worklogs/{id}")
    public Map<String, Object> worklog(@PathParam("id") long id) {
        return worklogDocument(store.worklog(id).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("worklogs")
    public Response createWorklog(WorklogInput input) {
        require(input != null, "body", "A JSON body is required");
        SbIssue issue = store.issue(input.issue).orElseThrow(() -> invalid("issue", "Unknown issue: " + input.issue));
        String author = input.author != null ? input.author : accessPolicy.currentViewer().map(Viewer::userKey).orElse(null);
        require(author != null && store.user(author).isPresent(), "author", "Unknown author: " + author);
        Instant started = started(input);
        long seconds = timeSpent(input);
        SbWorklog worklog = store.createWorklog(issue, author, started, seconds, input.comment, clock.instant());
        intake.accept(WorklogChange.saved(store.record(worklog)));
        return Response.status(Response.Status.CREATED).entity(worklogDocument(worklog)).build();
    }

    @PUT
    @Path("worklogs/{id}")
    public Map<String, Object> updateWorklog(@PathParam("id") long id, WorklogInput input) {
        require(input != null, "body", "A JSON body is required");
        SbWorklog worklog = store.worklog(id).orElseThrow(() -> notFound(id));
        require(input.issue == null && input.author == null, input.issue != null ? "issue" : "author",
                "A worklog's issue and author cannot be changed");
        Instant started = started(input);
        long seconds = timeSpent(input);
        store.updateWorklog(worklog, started, seconds, input.comment, clock.instant());
        intake.accept(WorklogChange.saved(store.record(worklog)));
        return worklogDocument(worklog);
    }

    /** {@code {"account": "ACME_LABS" or null, "billable": "Non-billable" or null}} */
    public static final class IssueFields {
        public String account;
        public String billable;
    }

    /**
     * The sandbox's stand-in for Jira's issue edit screen on the Account and Billable fields: the
     * field types' own checks of the typed values, the same edit rule (a change needs Manage
     * budgets and must suit the project), then the same take-over into pricing.
     */
    @PUT
    @Path("issues/{key}/fields")
    public Map<String, Object> setIssueFields(@PathParam("key") String key, IssueFields input) {
        require(input != null, "body", "A JSON body is required");
        SbIssue issue = store.issue(key).orElseThrow(() -> error(Response.Status.NOT_FOUND, "key", "No issue " + key));
        IssueRef ref = new IssueRef(issue.getID(), issue.getIssueKey(), issue.getProjectId());
        IssueBilling shown = billing.fieldsOf(ref.id());
        FieldEditRule rule = new FieldEditRule(accessPolicy);
        String project = String.valueOf(ref.projectId());
        try {
            String account = IssueFieldValues.account(input.account, accounts::account).orElse(null);
            String billable = IssueFieldValues.billable(input.billable).orElse(null);
            rule.refusal("Account", account, shown.accountKey(), project, typed -> IssueFieldValues.account(typed, accounts::account),
                    (projectId, value, current) -> billing.checkAccountChange(projectId, "the issue's project", value, current))
                    .ifPresent(message -> {
                        throw invalid("account", message);
                    });
            rule.refusal("Billable", billable, shown.billable() == null ? null : shown.billable().label(), project,
                    IssueFieldValues::billable, (projectId, value, current) -> { })
                    .ifPresent(message -> {
                        throw invalid("billable", message);
                    });
            IssueBilling saved = billing.set(ref, account, billable);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("account", saved.accountKey());
            document.put("billable", saved.billable() == null ? null : saved.billable().label());
            return document;
        } catch (InvalidInputException refused) {
            throw invalid(refused.field(), refused.getMessage());
        }
    }

    @DELETE
    @Path("worklogs/{id}")
    public Response deleteWorklog(@PathParam("id") long id) {
        SbWorklog worklog = store.worklog(id).orElseThrow(() -> notFound(id));
        store.deleteWorklog(worklog);
        intake.accept(WorklogChange.deleted(id, clock.instant()));
        return Response.noContent().build();
    }

    private static Instant started(WorklogInput input) {
        require(input.started != null, "started", "started is required, e.g. 2026-11-02T09:00:00Z");
        try {
            return Instant.parse(input.started);
        } catch (DateTimeParseException e) {
            throw invalid("started", "started must be an ISO-8601 instant such as 2026-11-02T09:00:00Z");
        }
    }

    private static long timeSpent(WorklogInput input) {
        require(input.timeSpentSeconds != null && input.timeSpentSeconds > 0 && input.timeSpentSeconds <= 24 * 3600,
                "timeSpentSeconds", "timeSpentSeconds must be between 1 and 86400");
        return input.timeSpentSeconds;
    }

    private Map<String, Object> worklogDocument(SbWorklog worklog) {
        Map<String, Object> document = new LinkedHashMap<>();
        var record = store.record(worklog);
        document.put("id", record.worklogId());
        document.put("issue", record.issueKey());
        document.put("project", record.projectKey());
        document.put("author", record.authorKey());
        document.put("started", record.started().toString());
        document.put("timeSpentSeconds", record.timeSpentSeconds());
        document.put("updated", record.updated().toString());
        document.put("comment", worklog.getComment());
        return document;
    }

    private static Map<String, Object> issueDocument(SbIssue issue, SbProject project) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", issue.getID());
        document.put("key", issue.getIssueKey());
        document.put("project", project.getProjectKey());
        document.put("summary", issue.getSummary());
        document.put("assignee", issue.getAssigneeKey());
        document.put("parent", issue.getParentKey());
        document.put("estimateSeconds", issue.getEstimateSeconds());
        return document;
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw invalid(field, message);
        }
    }

    private static WebApplicationException invalid(String field, String message) {
        return error(Response.Status.BAD_REQUEST, field, message);
    }

    private static WebApplicationException notFound(long id) {
        return error(Response.Status.NOT_FOUND, "id", "No worklog " + id);
    }

    private static WebApplicationException error(Response.Status status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("field", field);
        body.put("message", message);
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
