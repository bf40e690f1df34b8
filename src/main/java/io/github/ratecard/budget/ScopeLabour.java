package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A budget scope's labour per day, from the ledger: a project's and an account's from the daily
 * rollups (a bounded read whatever the ledger's size), an issue tree's from its own entries.
 */
public final class ScopeLabour {

    private final LedgerQueries ledger;
    private final RollupStore rollupStore;
    private final ProjectDirectory projects;
    private final ScopeWork work;

    public ScopeLabour(LedgerQueries ledger, RollupStore rollupStore, ProjectDirectory projects, ScopeWork work) {
        this.ledger = ledger;
        this.rollupStore = rollupStore;
        this.projects = projects;
        this.work = work;
    }

    /** The scope's labour on the days of the range; empty when the scope names nothing the host knows. */
    public List<LabourDay> of(BudgetScope scope, DateRange range) {
        YearMonth from = YearMonth.from(range.first());
        YearMonth to = YearMonth.from(range.last());
        List<Rollup> rollups = switch (scope.kind()) {
            case PROJECT -> projects.byKey(scope.key())
                    .map(project -> rollupStore.rollups(Rollup.Kind.PROJECT_DAY, project.id(), null, from, to))
                    .orElse(List.of());
            case ACCOUNT -> rollupStore.rollups(Rollup.Kind.ACCOUNT_DAY, null, scope.key(), from, to);
            case ISSUE -> {
                List<Long> issues = work.treeOf(scope.key()).stream().map(IssueRef::id).toList();
                yield issues.isEmpty() ? List.of() : ledger.dailyOfIssues(issues, range.first(), range.last());
            }
        };
        Map<Long, Optional<String>> projectKeys = new HashMap<>();
        List<LabourDay> days = new ArrayList<>(rollups.size());
        for (Rollup rollup : rollups) {
            Rollup.Key key = rollup.key();
            if (!range.contains(key.day())) {
                continue;
            }
            String projectKey = key.projectId() == null ? null
                    : projectKeys.computeIfAbsent(key.projectId(), id -> projects.byId(id).map(ProjectRef::key)).orElse(null);
            days.add(new LabourDay(key.day(), projectKey, key.accountKey(), key.currency(), rollup.workedSeconds(), rollup.billedSeconds(),
                    rollup.costMinor(), rollup.billMinor(), rollup.entries(), rollup.unpriced()));
        }
        return days;
    }
}
