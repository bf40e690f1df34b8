package io.github.ratecard.sandbox;

import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sandbox's issues for budgets: an issue's tree through the parent key, estimates from the issue rows (no issue is resolved). */
final class SandboxScopeWork implements ScopeWork {

    private final SandboxStore store;

    SandboxScopeWork(SandboxStore store) {
        this.store = store;
    }

    @Override
    public List<IssueRef> treeOf(String issueKey) {
        return tree(issueKey).stream().map(issue -> new IssueRef(issue.getID(), issue.getIssueKey(), issue.getProjectId())).toList();
    }

    @Override
    public List<String> ancestorKeysOf(String issueKey) {
        List<String> keys = new ArrayList<>();
        Optional<SbIssue> issue = store.issue(issueKey);
        while (issue.isPresent() && issue.get().getParentKey() != null && !keys.contains(issue.get().getParentKey())) {
            keys.add(issue.get().getParentKey());
            issue = store.issue(issue.get().getParentKey());
        }
        return keys;
    }

    @Override
    public java.util.Map<Long, IssueFacts> factsOf(java.util.Collection<Long> issueIds) {
        java.util.Map<Long, IssueFacts> facts = new java.util.LinkedHashMap<>();
        for (long id : new java.util.LinkedHashSet<>(issueIds)) {
            store.issueById(id).ifPresent(issue -> facts.put(id, new IssueFacts(id, issue.getIssueKey(), issue.getSummary(), epicOf(issue))));
        }
        return facts;
    }

    /** The top of the issue's parent chain, when it has a parent or children (an epic is its own epic). */
    private String epicOf(SbIssue issue) {
        List<String> ancestors = ancestorKeysOf(issue.getIssueKey());
        if (!ancestors.isEmpty()) {
            return ancestors.get(ancestors.size() - 1);
        }
        return store.childrenOf(issue.getIssueKey()).isEmpty() ? null : issue.getIssueKey();
    }

    @Override
    public RemainingWork remainingWork(BudgetScope scope) {
        List<SbIssue> issues = switch (scope.kind()) {
            case PROJECT -> store.project(scope.key()).map(store::issuesOf).orElse(List.of());
            case ISSUE -> tree(scope.key());
            case ACCOUNT -> List.of();
        };
        long spent = store.secondsSpentOn(issues.stream().map(SbIssue::getID).toList());
        long remaining = 0;
        List<RemainingWork.OpenIssue> open = new ArrayList<>();
        for (SbIssue issue : issues) {
            remaining += issue.getEstimateSeconds();
            if (issue.getEstimateSeconds() > 0) {
                SbProject project = store.projectById(issue.getProjectId()).orElseThrow();
                open.add(new RemainingWork.OpenIssue(issue.getID(), issue.getIssueKey(), project.getID(), project.getProjectKey(),
                        issue.getAssigneeKey(), issue.getEstimateSeconds()));
            }
        }
        return new RemainingWork(spent, remaining, open);
    }

    private List<SbIssue> tree(String issueKey) {
        Optional<SbIssue> root = store.issue(issueKey);
        if (root.isEmpty()) {
            return List.of();
        }
        List<SbIssue> all = new ArrayList<>(List.of(root.get()));
        for (int i = 0; i < all.size(); i++) {
            all.addAll(store.childrenOf(all.get(i).getIssueKey()));
        }
        return all;
    }
}
