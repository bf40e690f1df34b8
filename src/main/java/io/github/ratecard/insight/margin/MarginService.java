package io.github.ratecard.insight.margin;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.ledger.LedgerEntry;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who sees which rows of the profitability report. Ratecard finance sees every project's; someone
 * else sees the rows of the projects they lead or may view the costs of, and is refused (403) when
 * that is none of the projects with figures in the period. A project named in the request that
 * the viewer may not know is unknown (404). The entries behind a figure follow the same rule.
 */
public final class MarginService {

    private final MarginSnapshots reports;
    private final MarginEntries entries;
    private final ProjectDirectory projects;
    private final AccessPolicy access;

    public MarginService(MarginSnapshots reports, MarginEntries entries, ProjectDirectory projects, AccessPolicy access) {
        this.reports = reports;
        this.entries = entries;
        this.projects = projects;
        this.access = access;
    }

    /** The report computed for this request. */
    public MarginReport report(MarginQuery query) {
        return answer(query, true).report();
    }

    /**
     * The report, for finance by person or by staff level of every project possibly a snapshot of the last few minutes
     * ({@link MarginSnapshots}) unless {@code fresh}; the answer says when its figures were computed.
     */
    public MarginAnswer answer(MarginQuery query, boolean fresh) {
        access.requireSignedIn();
        if (query.projectKey() != null) {
            requireCosts(known(query.projectKey()));
        }
        boolean finance = access.currentUserIsFinance();
        Visible visible = new Visible();
        MarginAnswer answer = reports.answer(query, visible, finance, fresh);
        if (!finance && !visible.any) {
            throw new AccessDeniedException(true, "This needs the Ratecard finance permission, or the lead or View costs of a project");
        }
        return answer;
    }

    /**
     * A page of the entries behind a figure: of a project, an account or a person (at least one),
     * in the months given. Without a project, only finance may ask.
     */
    public Page<LedgerEntry> entries(YearMonth from, YearMonth to, String projectKey, String accountKey, String userKey, int offset, int limit) {
        access.requireSignedIn();
        MarginQuery period = new MarginQuery(from, to, MarginGrouping.MONTH, projectKey, accountKey);
        InvalidInputException.require(period.projectKey() != null || period.accountKey() != null || blank(userKey) != null, "project",
                "Name a project, an account or a person");
        InvalidInputException.require(offset >= 0, "offset", "offset must not be negative");
        InputLimits.requirePageSize(limit, InputLimits.MARGIN_ENTRIES_PAGE);
        Long projectId = null;
        if (period.projectKey() != null) {
            ProjectRef project = known(period.projectKey());
            requireCosts(project);
            projectId = project.id();
        } else {
            access.requireFinance();
        }
        return entries.entries(new MarginEntries.Filter(projectId, period.accountKey(), blank(userKey), from.atDay(1), to.atEndOfMonth()),
                offset, limit);
    }

    private ProjectRef known(String projectKey) {
        return projects.byKey(projectKey).filter(project -> access.mayKnowProject(project.id()))
                .orElseThrow(() -> new NotFoundException("No project " + projectKey));
    }

    private void requireCosts(ProjectRef project) {
        if (!mayView(project.id())) {
            throw new AccessDeniedException(true, "This needs the View costs permission of the project, its lead or Ratecard finance");
        }
    }

    private boolean mayView(long projectId) {
        return access.currentUserIsFinance() || access.currentUserLeads(projectId) || access.mayViewCosts(projectId);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Asks once per project, and remembers whether any was visible. */
    private final class Visible implements Predicate<Long> {

        private final Map<Long, Boolean> answers = new HashMap<>();
        private boolean any;

        @Override
        public boolean test(Long projectId) {
            boolean visible = answers.computeIfAbsent(projectId, MarginService.this::mayView);
            any |= visible;
            return visible;
        }
    }
}
