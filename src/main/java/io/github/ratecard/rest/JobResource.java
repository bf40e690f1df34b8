package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.jobs.LedgerJob;
import java.time.Duration;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.jobs.JobReason;
import io.github.ratecard.web.RefusalWords;
import io.github.ratecard.web.ViewerFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Ledger jobs: {@code POST /admin/backfill} starts a back-fill; {@code GET /admin/jobs} and
 * {@code /admin/jobs/{id}} report progress; {@code POST /admin/jobs/{id}/pause|resume|cancel}.
 * Reading needs finance or Jira administration; starting and steering need Jira administration.
 * An administrator needs a secure administrator session, as on the admin pages that call these.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class JobResource {

    private final JobService jobs;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    /** The app's words in the language the request asks for, else English. */
    private ExportWords words() {
        return ExportWords.of(RefusalWords.requested(httpRequest == null ? null : httpRequest.getHeader("Accept-Language")).orElse(Locale.ENGLISH));
    }

    @Inject
    public JobResource(JobService jobs, AccessPolicy access, SecureAdminSession secureSession) {
        this.jobs = jobs;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** The work a job re-prices; {@code reasonText} says why in the language the request asks for. */
    public record Work(String reason, String reasonText, Long projectId, String accountKey, List<String> userKeys, String from, String to) {
    }

    public record Job(long id, String kind, String state, Work work, long position, long done, long skipped, long total,
                      int percent, long perSecond, Long etaSeconds, int failures, String lastError, String requestedBy,
                      String created, String updated) {
        static Job of(LedgerJob job, ExportWords words) {
            String reason = job.work().reason();
            String reasonText = JobReason.of(reason).map(r -> ViewerFormat.fill(words.text(r.key()), r.arguments().toArray(String[]::new))).orElse(reason);
            Work work = new Work(reason, reasonText, job.work().projectId(), job.work().accountKey(),
                    job.work().userKeys().stream().sorted().collect(Collectors.toList()),
                    job.work().fromDay().map(Object::toString).orElse(null), job.work().toDay().map(Object::toString).orElse(null));
            return new Job(job.id(), job.kind().name(), job.state().name(), work, job.position(), job.progress().done(), job.skipped(), job.total(),
                    job.percent(), job.perSecond(), job.remaining().map(Duration::getSeconds).orElse(null), job.failures(),
                    job.lastError(), job.requestedBy(), job.created().toString(), job.updated().toString());
        }
    }

    public record Jobs(List<Job> jobs) {
    }

    /** Starts a back-fill that prices every worklog and answers the job (202); while one is open it is refused (409). */
    @POST
    @Path("backfill")
    public Response startBackfill() {
        requireAdmin();
        String by = access.currentViewer().map(Viewer::userKey).orElseThrow();
        return Response.status(Response.Status.ACCEPTED).entity(Job.of(jobs.startBackfill(by), words())).build();
    }

    /** The latest ledger jobs, newest first, with their progress. */
    @GET
    @Path("jobs")
    public Jobs recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        requireFinanceOrAdmin();
        InputLimits.requirePageSize(limit, InputLimits.JOBS_PAGE);
        return new Jobs(jobs.recent(limit).stream().map(job -> Job.of(job, words())).collect(Collectors.toList()));
    }

    /** The ledger job with the id and its progress: state, position, done and total, speed, time left and last error. */
    @GET
    @Path("jobs/{id}")
    public Job job(@PathParam("id") long id) {
        requireFinanceOrAdmin();
        return Job.of(jobs.job(id), words());
    }

    /** Pauses a running job; a job in another state is refused (409). */
    @POST
    @Path("jobs/{id}/pause")
    public Job pause(@PathParam("id") long id) {
        requireAdmin();
        return Job.of(jobs.pause(id), words());
    }

    /** Resumes a paused or failed job; a job in another state is refused (409). */
    @POST
    @Path("jobs/{id}/resume")
    public Job resume(@PathParam("id") long id) {
        requireAdmin();
        return Job.of(jobs.resume(id), words());
    }

    /** Cancels a job that has not finished; a done or cancelled job is refused (409). */
    @POST
    @Path("jobs/{id}/cancel")
    public Job cancel(@PathParam("id") long id) {
        requireAdmin();
        return Job.of(jobs.cancel(id), words());
    }

    private void requireAdmin() {
        access.requireSignedIn();
        access.requireAdmin();
        secureSession.require(httpRequest);
    }

    private void requireFinanceOrAdmin() {
        access.requireSignedIn();
        access.requireFinanceOrAdmin();
        secureSession.require(httpRequest);
    }
}
