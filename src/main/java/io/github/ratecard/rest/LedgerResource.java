package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.approval.ApprovalMarks;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.money.Money;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /issues/{key}/ledger}: an issue's priced worklogs, newest first, for anyone who may
 * browse the issue's project. Cost amounts and cost rates only reach users with the project's
 * View costs permission or finance, and so does the news that a cost rate is missing. Each entry says
 * where its work stands in the approval: its timesheet's state (null when nobody acted on it), whether
 * its month is closed, and whether Jira changed it after approval (a pending change waits for finance).
 */
@Path("issues/{issueKey}/ledger")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LedgerResource {

    private final LedgerQueries ledger;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final ApprovalMarks approvals;

    @Inject
    public LedgerResource(LedgerQueries ledger, IssueDirectory issues, AccessPolicy access, ApprovalMarks approvals) {
        this.approvals = approvals;
        this.ledger = ledger;
        this.issues = issues;
        this.access = access;
    }

    public record Amount(String amount, String currency) {
        static Amount of(Money money) {
            return money == null ? null : new Amount(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    public record Entry(long worklogId, String authorKey, String started, String workDate, long workedSeconds, long billedSeconds,
                        boolean billable, String accountKey, Amount cost, Amount bill, Long costRateId, Long billRateId, String status,
                        boolean invoiced, String timesheetState, boolean closedPeriod, boolean changedAfterApproval) {
        /** Without the approval marks (as an override's answer gives the entry). */
        static Entry of(LedgerEntry e, boolean withCost) {
            return of(e, withCost, ApprovalMarks.Mark.NONE);
        }

        static Entry of(LedgerEntry e, boolean withCost, ApprovalMarks.Mark approval) {
            return new Entry(e.worklogId(), e.authorKey(), e.started().toString(), e.workDate().toString(), e.workedSeconds(),
                    e.billedSeconds(), e.billable(), e.accountKey(), withCost ? Amount.of(e.cost()) : null, Amount.of(e.bill()),
                    withCost ? e.costRateId() : null, e.billRateId(), (withCost ? e.status() : e.statusWithoutCost()).name(), e.invoiced(),
                    approval.state().map(Enum::name).orElse(null), approval.closedPeriod(), approval.changedAfterApproval());
        }
    }

    public record Ledger(String issueKey, long total, int offset, int limit, List<Entry> entries) {
    }

    /** The issue's priced worklogs, newest first, one page at a time; cost figures only for those who may see costs. */
    @GET
    public Ledger entries(@PathParam("issueKey") String issueKey, @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        access.requireSignedIn();
        IssueRef issue = issues.byKey(issueKey).filter(access::currentUserMaySee)
                .orElseThrow(() -> new NotFoundException("No issue " + issueKey));
        boolean withCost = access.mayViewCosts(issue.projectId());
        InvalidInputException.require(offset >= 0, "offset", "offset must not be negative");
        InputLimits.requirePageSize(limit, InputLimits.LEDGER_PAGE);
        List<LedgerEntry> page = ledger.entriesOfIssue(issue.id(), offset, limit);
        String viewerKey = access.currentViewer().map(io.github.ratecard.access.Viewer::userKey).orElse(null);
        Map<Long, ApprovalMarks.Mark> marks = approvals.of(page.stream().filter(e -> withCost || e.authorKey().equals(viewerKey))
                .map(e -> new ApprovalMarks.Work(e.worklogId(), e.authorKey(), e.projectId(), e.workDate())).toList());
        return new Ledger(issue.key(), ledger.countOfIssue(issue.id()), offset, limit, page.stream()
                .map(e -> Entry.of(e, withCost, marks.getOrDefault(e.worklogId(), ApprovalMarks.Mark.NONE))).collect(Collectors.toList()));
    }
}
